/**
 * Golden bundles (issue 5): one per example (the WSO2 guides' setups, per release). Every file is compared byte for byte with
 * test/golden/<example>/; after a deliberate change, regenerate with UPDATE_GOLDEN=1 and review the diff.
 * The semantic tests below say what in those files matters and why.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { at, bundle, toml } from './bundle-kit.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
/** Every example has its golden bundle. */
const EXAMPLES = readdirSync(fileURLToPath(new URL('../../../examples/', import.meta.url)))
  .filter((f) => f.endsWith('.json') && f !== 'package.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

describe.each(EXAMPLES)('golden bundle %s', (example) => {
  it('matches test/golden byte for byte', () => {
    const files = bundle(example);
    const dir = join(GOLDEN, example);
    if (process.env.UPDATE_GOLDEN === '1') {
      rmSync(dir, { recursive: true, force: true });
      for (const [path, contents] of files) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), contents);
      }
    }
    expect(listFiles(dir)).toEqual([...files.keys()].sort());
    for (const [path, contents] of files)
      expect(readFileSync(join(dir, path), 'utf8'), path).toBe(contents);
  });
});

describe('the HA topology of document 002', () => {
  const files = bundle('ha-3.2.0');

  it('members of a cluster take its host name and advertise the proxy ports', () => {
    for (const [node, host] of [
      ['gw1', 'gw.wso2.com'],
      ['km2', 'km.wso2.com'],
      ['pub1', 'pub.wso2.com'],
      ['tm2', 'tm.wso2.com'],
    ]) {
      const t = toml(files, node ?? '');
      expect(at(t, 'server.hostname')).toBe(host);
      expect(at(t, 'transport.http.properties.proxyPort')).toBe(80);
      expect(at(t, 'transport.https.properties.proxyPort')).toBe(443);
    }
  });

  it('others reach a cluster through its load balancer, on https://<lb-host>/services/ with no port', () => {
    for (const node of ['gw1', 'gw2', 'pub1', 'devportal2', 'tm1']) {
      expect(at(toml(files, node), 'apim.key_manager.service_url')).toBe(
        'https://km.wso2.com/services/',
      );
    }
    expect(at(toml(files, 'pub2'), 'apim.throttling.service_url')).toBe(
      'https://tm.wso2.com/services/',
    );
    expect(at(toml(files, 'gw2'), 'apim.throttling.service_url')).toBe(
      'https://tm.wso2.com/services/',
    );
    expect(at(toml(files, 'pub1'), 'apim.devportal.url')).toBe(
      'https://devportal.wso2.com/devportal',
    );
    expect(at(toml(files, 'km1'), 'event_listener')).toEqual([
      expect.objectContaining({
        properties: expect.objectContaining({
          notification_endpoint: 'https://tm.wso2.com/internal/data/v1/notify',
        }),
      }),
    ]);
  });

  it('binary and AMQP go to every Traffic Manager directly, one url_group each', () => {
    for (const node of ['gw1', 'pub2', 'devportal1', 'km2']) {
      const t = toml(files, node);
      expect(at(t, 'apim.throttling.throttle_decision_endpoints')).toEqual([
        'tcp://tm1.wso2.com:5672',
        'tcp://tm2.wso2.com:5672',
      ]);
      expect(at(t, 'apim.throttling.url_group')).toEqual([
        {
          traffic_manager_urls: ['tcp://tm1.wso2.com:9611'],
          traffic_manager_auth_urls: ['ssl://tm1.wso2.com:9711'],
        },
        {
          traffic_manager_urls: ['tcp://tm2.wso2.com:9611'],
          traffic_manager_auth_urls: ['ssl://tm2.wso2.com:9711'],
        },
      ]);
    }
  });

  it('each Traffic Manager republishes decisions to the other', () => {
    expect(at(toml(files, 'tm1'), 'apim.throttling.event_duplicate_url')).toEqual([
      'tcp://tm2.wso2.com:5672',
    ]);
    expect(at(toml(files, 'tm2'), 'apim.throttling.event_duplicate_url')).toEqual([
      'tcp://tm1.wso2.com:5672',
    ]);
  });

  it('the gateway cluster is one environment on the load balancer host', () => {
    for (const node of ['pub1', 'devportal1']) {
      const envs = at(toml(files, node), 'apim.gateway.environment');
      expect(envs).toEqual([
        expect.objectContaining({
          name: 'Production and Sandbox',
          http_endpoint: 'http://gw.wso2.com',
          https_endpoint: 'https://gw.wso2.com',
          ws_endpoint: 'ws://gw.wso2.com:9099',
          wss_endpoint: 'wss://gw.wso2.com:8099',
        }),
      ]);
    }
    // API deployments go to the load balancer's management port, not under /services/ on the API
    // ports, where they would shadow an API whose context is /services (render/nginx.ts).
    expect(at(toml(files, 'pub1'), 'apim.gateway.environment')).toEqual([
      expect.objectContaining({ service_url: 'https://gw.wso2.com:9443/services/' }),
    ]);
  });

  it('uses the inbuilt artifact synchroniser, with labels matching the environment', () => {
    expect(at(toml(files, 'pub2'), 'apim.sync_runtime_artifacts.publisher')).toEqual({
      artifact_saver: 'DBSaver',
      publish_directly_to_gateway: 'false',
    });
    expect(at(toml(files, 'gw1'), 'apim.sync_runtime_artifacts.gateway')).toMatchObject({
      gateway_labels: ['Production and Sandbox'],
      artifact_retriever: 'DBRetriever',
    });
  });

  it('holds an nginx configuration per load balancer, with each member and sticky management', () => {
    for (const lb of ['km-lb', 'tm-lb', 'pub-lb', 'devportal-lb', 'gw-lb']) {
      const conf = files.get(`${lb}/nginx.conf`) ?? '';
      const prefix = lb.replace('-lb', '');
      expect(conf).toMatch(
        new RegExp(
          `upstream \\w+_management \\{\\s+ip_hash;\\s+server ${prefix}1\\.wso2\\.com:9443;[^\\n]*\\n\\s+server ${prefix}2\\.wso2\\.com:9443;`,
        ),
      );
    }
    expect(files.get('gw-lb/nginx.conf')).toContain('server gw2.wso2.com:8243;');
  });
});

describe('document 000: three instances on one host', () => {
  const files = bundle('multiple-gateways-3.2.0');
  it('gives exactly the document’s URLs', () => {
    expect(at(toml(files, 'instance-1'), 'apim.gateway.environment')).toEqual([
      expect.objectContaining({
        name: 'Production Gateway',
        type: 'production',
        service_url: 'https://localhost:9444/services/',
        http_endpoint: 'http://localhost:8281',
        https_endpoint: 'https://localhost:8244',
      }),
      expect.objectContaining({
        name: 'Production and Sandbox',
        type: 'hybrid',
        service_url: 'https://localhost:9445/services/',
        http_endpoint: 'http://localhost:8282',
        https_endpoint: 'https://localhost:8245',
      }),
    ]);
    expect(at(toml(files, 'instance-2'), 'server.offset')).toBe(1);
    expect(at(toml(files, 'instance-3'), 'apim.key_manager.service_url')).toBe(
      'https://localhost:9443/services/',
    );
  });
});

describe('WSO2AM_DB on PostgreSQL, WSO2SHARED_DB on MySQL', () => {
  const files = bundle('split-databases-3.2.0');
  it('each role gets each database from its own server', () => {
    expect(at(toml(files, 'km'), 'database')).toEqual({
      apim_db: {
        type: 'postgre',
        hostname: 'pg.wso2.com',
        name: 'apim_db',
        port: 5432,
        username: 'apimadmin',
        password: '$env{APIM_DB_PASSWORD}',
      },
      // MySQL as the 3.x "Changing to MySQL" page gives it for MySQL 8: an explicit url, with "&amp;"
      // since WSO2 copies it into master-datasources.xml as it is, and the Connector/J 8 driver class.
      shared_db: {
        type: 'mysql',
        url: 'jdbc:mysql://mysql.wso2.com:3306/shared_db?useSSL=false&amp;allowPublicKeyRetrieval=true',
        username: 'sharedadmin',
        password: '$env{SHARED_DB_PASSWORD}',
        driver: 'com.mysql.cj.jdbc.Driver',
      },
    });
    expect(Object.keys(at(toml(files, 'gw'), 'database') as object)).toEqual(['shared_db']);
  });
  it('the README says which databases to create and which scripts initialise them', () => {
    const readme = files.get('README.md') ?? '';
    // PostgreSQL and MySQL as their "Changing to" pages set them up (MySQL 8: CREATE USER, then GRANT).
    expect(readme).toContain('CREATE DATABASE "apim_db" OWNER "apimadmin";');
    expect(readme).toContain(
      "psql -h pg.wso2.com -p 5432 -U apimadmin -d apim_db -f '<API-M_HOME>/dbscripts/apimgt/postgresql.sql'",
    );
    expect(readme).toContain(
      "CREATE USER IF NOT EXISTS 'sharedadmin'@'%' IDENTIFIED BY '<password>';",
    );
    expect(readme).toContain("GRANT ALL PRIVILEGES ON `shared_db`.* TO 'sharedadmin'@'%';");
    expect(readme.indexOf('CREATE USER IF NOT EXISTS')).toBeLessThan(
      readme.indexOf('GRANT ALL PRIVILEGES'),
    );
    expect(readme).toContain(
      "mysql -h mysql.wso2.com -P 3306 -u sharedadmin -p shared_db < '<API-M_HOME>/dbscripts/mysql.sql'",
    );
    // A name equal to what it holds is not repeated ("`WSO2AM_DB` (WSO2AM_DB)", issue 20).
    expect(readme).toContain('Database `apim_db` (WSO2AM_DB), user `apimadmin`');
  });
});
