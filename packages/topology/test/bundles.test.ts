/**
 * Golden bundles (issue 5): one per example (the WSO2 guides' setups, per release). Every file is compared byte for byte with
 * test/golden/<example>/; after a deliberate change, regenerate with UPDATE_GOLDEN=1 and review the diff.
 * The semantic tests below say what in those files matters and why.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseToml, render, validate, type Topology, type TomlTable } from '../src/index.js';
import { loadExample } from './helpers.js';
import { allKindsTopology } from './topologies.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
/** Every example has its golden bundle. */
const EXAMPLES = readdirSync(fileURLToPath(new URL('../../../examples/', import.meta.url)))
  .filter((f) => f.endsWith('.json') && f !== 'package.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

function bundle(example: string): Map<string, string> {
  const r = render(loadExample(`${example}.json`));
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return new Map(r.files.map((f) => [f.path, f.contents]));
}

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

const toml = (files: Map<string, string>, node: string) =>
  parseToml(files.get(`${node}/repository/conf/deployment.toml`) ?? '');
const at = (t: TomlTable, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      t,
    );

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
    expect(readme).toContain(
      'create database `apim_db` (WSO2AM_DB) and run `<API-M_HOME>/dbscripts/apimgt/postgresql.sql`',
    );
    expect(readme).toContain(
      'create database `shared_db` (WSO2SHARED_DB) and run `<API-M_HOME>/dbscripts/mysql.sql`',
    );
  });
});

describe('other HA options', () => {
  const withGatewayLb = (version: '3.1.0' | '3.2.0', lb: Record<string, unknown>) => {
    const t = allKindsTopology(version);
    return { ...t, nodes: t.nodes.map((n) => (n.id === 'gwlb' ? { ...n, ...lb } : n)) } as Topology;
  };
  const files = (t: Topology) => {
    const r = render(t);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    return new Map(r.files.map((f) => [f.path, f.contents]));
  };

  it('Hazelcast: [clustering] among the members, on a port the offset does not move', () => {
    const t = withGatewayLb('3.2.0', { hazelcast: true });
    const sameHost = {
      ...t,
      nodes: t.nodes.map((n) =>
        n.id === 'gw2' ? { ...n, host: 'gw1.example.com', offset: 1 } : n,
      ),
    } as Topology;
    const f = files(sameHost);
    expect(at(toml(f, 'gw1'), 'clustering')).toEqual({
      membership_scheme: 'wka',
      domain: 'wso2.apim.gw-lb.domain',
      local_member_host: 'gw1.example.com',
      local_member_port: 4000,
      members: ['gw1.example.com:4000', 'gw1.example.com:4001'],
    });
    expect(at(toml(f, 'gw2'), 'clustering.local_member_port')).toBe(4001);
    expect(at(toml(f, 'km1'), 'clustering')).toBeUndefined();
  });

  it('rsync: the Gateway Manager alone receives deployments, and the README says how to copy', () => {
    const f = files(withGatewayLb('3.1.0', { artifactSync: 'rsync' }));
    const conf = f.get('gw-lb/nginx.conf') ?? '';
    const mgmt = /upstream gw_lb_management \{([^}]*)\}/.exec(conf)?.[1] ?? '';
    expect(mgmt).toContain('gw1.example.com:9443');
    expect(mgmt).not.toContain('gw2.example.com');
    expect(f.get('README.md')).toContain(
      'rsync -az --delete <API-M_HOME>/repository/deployment/server/synapse-configs/ gw2.example.com:',
    );
    expect(at(toml(f, 'gw1'), 'apim.sync_runtime_artifacts')).toBeUndefined();
    // The manager must write its deployment directory: no read-only gateway-worker profile for it.
    const readme = f.get('README.md') ?? '';
    expect(readme).toMatch(
      /\*\*gw1\*\* \(Gateway, on `gw1\.example\.com`\): `sh bin\/wso2server\.sh`$/m,
    );
    expect(readme).toContain(
      '`sh bin/wso2server.sh --optimize -Dprofile=gateway-worker --skipConfigOptimization`',
    );
  });

  it('shared file system: the README says what to mount; 3.1 Traffic Managers share execution plans', () => {
    const f = files(withGatewayLb('3.1.0', { artifactSync: 'shared-file-system' }));
    const readme = f.get('README.md') ?? '';
    expect(readme).toContain('mount `<API-M_HOME>/repository/deployment/server/synapse-configs`');
    expect(readme).toMatch(
      /Traffic Managers \*\*tm1\*\*, \*\*tm2\*\*: mount `<API-M_HOME>\/repository\/deployment\/server\/executionplans`/,
    );
    expect(at(toml(f, 'tm1'), 'apim.throttling.event_duplicate_url')).toBeUndefined();
  });

  it('shared file system on 3.2: the whole deployment directory is mounted (documents 002 and 003)', () => {
    const readme = files(withGatewayLb('3.2.0', { artifactSync: 'shared-file-system' })).get(
      'README.md',
    );
    expect(readme).toContain(
      'mount `<API-M_HOME>/repository/deployment/server` of **gw1**, **gw2**',
    );
    expect(readme).not.toContain('synapse-configs');
  });

  it('3.2 with the default synchroniser says so in the README', () => {
    expect(files(allKindsTopology('3.2.0')).get('README.md')).toContain(
      'the inbuilt artifact synchroniser (the default of API-M 3.2.0)',
    );
  });

  it('Oracle takes sid, H2 in server mode a url', () => {
    const t = allKindsTopology('3.2.0');
    for (const [engine, expected] of [
      ['oracle', { type: 'oracle', hostname: 'db.example.com', sid: 'shared_db', port: 1521 }],
      ['h2', { type: 'h2', url: 'jdbc:h2:tcp://db.example.com:9092/~/shared_db' }],
      ['mssql', { type: 'mssql', hostname: 'db.example.com', name: 'shared_db', port: 1433 }],
      ['db2', { type: 'db2', hostname: 'db.example.com', name: 'shared_db', port: 50000 }],
    ] as const) {
      const f = files({
        ...t,
        nodes: t.nodes.map((n) => (n.kind === 'database' ? { ...n, engine } : n)),
      } as Topology);
      expect(at(toml(f, 'gw1'), 'database.shared_db')).toMatchObject(expected);
      const readme = f.get('README.md') ?? '';
      if (engine === 'oracle') {
        // Oracle: a user (schema) in a service, not a database; the script runs as that user.
        expect(readme).toContain(
          'in the Oracle service (SID) `shared_db` (WSO2SHARED_DB): as SYSDBA, create user',
        );
        expect(readme).toContain('`SQL> @<API-M_HOME>/dbscripts/oracle.sql`');
        expect(readme).not.toContain('create database `shared_db`');
      } else {
        expect(readme).toContain('create database `shared_db` (WSO2SHARED_DB)');
      }
    }
  });
});

describe('Traffic Manager HA in the README, per release', () => {
  const readme = (example: string) => bundle(example).get('README.md') ?? '';
  it('3.2: decisions are duplicated, and policies reach every Traffic Manager through shared executionplans', () => {
    // Seed 004:171 (3.1) mounts executionplans; 3.2 GA still deploys a policy to one Traffic Manager
    // (carbon-apimgt 6.7.206 ThrottlePolicyDeploymentManager.java:64-66) and has no start-up redeployment:
    // the throttle.policy.deployer module and skip_redeploying_policies come with 9.0.174 (4.0.0).
    const text = readme('ha-3.2.0');
    expect(text).toContain('`event_duplicate_url`');
    expect(text).toContain('repository/deployment/server/executionplans');
    expect(text).not.toMatch(/redeploy/);
  });
  it('4.x: each Traffic Manager redeploys the policies from the event hub at start-up', () => {
    const text = readme('ha-4.4.0');
    expect(text).toContain('redeploys every throttling policy from the event hub');
    expect(text).not.toContain('executionplans');
  });
  it('3.1 and 2.6: executionplans on a shared file system (no duplication of decisions)', () => {
    const text = readme('distributed-2.6.0');
    expect(text).toContain('repository/deployment/server/executionplans');
    expect(text).not.toContain('event_duplicate_url');
  });
});

describe("an all-in-one node's own environment beside gateways (documents 000, 001)", () => {
  // Seed 000:45: "comment out the [[apim.gateway.environment]] section that comes by default" (seed
  // 001:26-28: "delete the <environment> element that comes by default"): only the pack's default goes.
  const doc000 = loadExample('multiple-gateways-3.2.0.json');
  const withOwn = (name: string, version = doc000.apimVersion): Topology => ({
    ...doc000,
    apimVersion: version,
    nodes: doc000.nodes.map((n) =>
      n.kind === 'all-in-one' ? { ...n, environment: { ...n.environment, name } } : n,
    ),
  });
  const envNames = (t: Topology) => {
    const r = render(t);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const files = new Map(r.files.map((f) => [f.path, f.contents]));
    const data = toml(files, 'instance-1');
    return {
      names: (at(data, 'apim.gateway.environment') as TomlTable[]).map((e) => e.name),
      labels: at(data, 'apim.sync_runtime_artifacts.gateway.gateway_labels'),
    };
  };
  it('the default environment is replaced by the gateways’, as the documents do', () => {
    expect(envNames(doc000).names).toEqual(['Production Gateway', 'Production and Sandbox']);
  });
  it('a declared one is kept, after the gateways’ (and on 4.x its own gateway deploys its label)', () => {
    expect(envNames(withOwn('Internal')).names).toEqual([
      'Production Gateway',
      'Production and Sandbox',
      'Internal',
    ]);
    expect(envNames(withOwn('Internal', '4.4.0')).labels).toEqual(['Internal']);
  });
  it('a declared one named like a gateway’s is an error at its name', () => {
    const clash = withOwn('Production Gateway');
    const found = validate(clash).filter((d) => d.code === 'duplicate-environment-name');
    expect(found.map((d) => d.path)).toEqual([['nodes', 0, 'environment', 'name']]);
  });
});

describe('nginx in front of gateways (issue 13, item 8)', () => {
  const conf = bundle('ha-3.2.0').get('gw-lb/nginx.conf') ?? '';
  /** Each `server { … }` block: its listen line and its locations with their proxy_pass. */
  const servers = [...conf.matchAll(/server \{\n\s+listen ([^;]+);[\s\S]*?\n {4}\}/g)].map((m) => ({
    listen: m[1],
    locations: [...m[0].matchAll(/location (\S+) \{\n\s+proxy_pass (\S+);/g)].map(
      (l) => `${l[1]} -> ${l[2]}`,
    ),
  }));
  it('API traffic owns 80 and 443 (an API with context /services is not shadowed); management is on 9443', () => {
    expect(servers.find((s) => s.listen === '443 ssl')?.locations).toEqual([
      '/ -> https://gw_lb_passthrough_https',
    ]);
    expect(servers.find((s) => s.listen === '80')?.locations).toEqual([
      '/ -> http://gw_lb_passthrough_http',
    ]);
    expect(servers.find((s) => s.listen === '9443 ssl')?.locations).toEqual([
      '/ -> https://gw_lb_management',
    ]);
    expect(conf).not.toContain('location /services/');
  });
  it('keeps HTTP/1.1 connections to the members open (keepalive), and upgrades WebSockets', () => {
    const upstreams = [...conf.matchAll(/upstream \S+ \{[^}]*\}/g)].map((m) => m[0]);
    expect(upstreams.length).toBeGreaterThan(3);
    for (const u of upstreams) expect(u).toMatch(/keepalive \d+;/);
    const locations = [...conf.matchAll(/location [^{]+\{[^}]*\}/g)].map((m) => m[0]);
    for (const l of locations) {
      expect(l).toContain('proxy_http_version 1.1;');
      expect(l).toMatch(
        l.includes('websocket')
          ? /proxy_set_header Connection \$connection_upgrade;/
          : /proxy_set_header Connection "";/,
      );
    }
  });
});
