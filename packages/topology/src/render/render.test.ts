import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isSafeBundlePath, zipBundle } from '../zip.js';
import { parseTopology } from '../topology.js';
import { parseToml } from '../toml.js';
import { render } from './index.js';
import { loadExample, topology } from '../../test/helpers.js';
import { allKindsTopology, distributed, threeInstances } from '../../test/topologies.js';

function files(t = distributed('3.2.0')) {
  const r = render(t);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.files;
}

describe('render', () => {
  it('writes the spec layout: README.md, hosts, topology.json, one deployment.toml per API-M node, the certificate script', () => {
    expect(files().map((f) => f.path)).toEqual([
      'README.md',
      'certs/make-certs.sh',
      'certs/plan.md',
      'gw/repository/conf/deployment.toml',
      'hosts',
      'km/repository/conf/deployment.toml',
      'pub/repository/conf/deployment.toml',
      'store/repository/conf/deployment.toml',
      'tm/repository/conf/deployment.toml',
      'topology.json',
    ]);
  });

  it('refuses a document with errors and says why', () => {
    const t = distributed('3.2.0');
    const broken = {
      ...t,
      edges: t.edges.filter((e) => !(e.source === 'km' && e.target === 'gw')),
    };
    const r = render(broken);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.find((d) => d.severity === 'error')?.code).toBe('missing-key-manager');
    expect('files' in r).toBe(false);
  });

  it('is byte-identical for the same input, as files and as a zip', () => {
    const t = allKindsTopology('3.2.0');
    expect(files(t)).toEqual(files(structuredClone(t)));
    expect(
      Buffer.from(zipBundle(files(t))).equals(Buffer.from(zipBundle(files(structuredClone(t))))),
    ).toBe(true);
  });

  it('zips exactly the files, with safe paths', () => {
    const list = files(allKindsTopology('3.1.0'));
    const unzipped = unzipSync(zipBundle(list));
    expect(Object.keys(unzipped).sort()).toEqual(list.map((f) => f.path).sort());
    for (const f of list) {
      expect(isSafeBundlePath(f.path)).toBe(true);
      expect(strFromU8(unzipped[f.path] ?? new Uint8Array())).toBe(f.contents);
    }
  });

  it('refuses to zip a path out of the bundle', () => {
    for (const path of ['../x', '/etc/passwd', 'a/../../b', 'C:/x', 'a\\b', '', 'a//b']) {
      expect(isSafeBundlePath(path), path).toBe(false);
      expect(() => zipBundle([{ path, contents: '' }])).toThrow(/unsafe/);
    }
  });

  it('carries the document as topology.json, re-importable to the same topology', () => {
    const t = distributed('3.2.0');
    const json = files(t).find((f) => f.path === 'topology.json')?.contents ?? '';
    const back = parseTopology(JSON.parse(json));
    expect(back.ok && back.topology).toEqual(t);
  });

  it('lists every host name once in hosts, and no IP address', () => {
    const t = topology({
      ...distributed('3.2.0'),
      nodes: distributed('3.2.0').nodes.map((n) =>
        n.id === 'db' ? { ...n, host: '10.1.2.3' } : n,
      ),
    });
    const hosts = files(t).find((f) => f.path === 'hosts')?.contents ?? '';
    const entries = hosts.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(entries.map((l) => l.split('\t')[1])).toEqual([
      'gw.wso2.com',
      'km.wso2.com',
      'pub.wso2.com',
      'store.wso2.com',
      'tm.wso2.com',
    ]);
    expect(hosts).not.toContain('10.1.2.3');
  });

  it('adds a [secrets] entry, last, for every $secret{} alias', () => {
    const km =
      files(allKindsTopology('3.2.0')).find((f) => f.path === 'km1/repository/conf/deployment.toml')
        ?.contents ?? '';
    const value = expect.stringMatching(/^\[.*ciphertool/);
    expect(parseToml(km).secrets).toEqual({
      admin_password: value,
      keystore_password: value,
      primary_keystore_password: value,
      truststore_password: value,
    });
    expect(km.lastIndexOf('[secrets]')).toBeGreaterThan(km.lastIndexOf('[apim'));
  });

  it('writes the embedded H2 defaults for a node wired to no database (document 000)', () => {
    const aio =
      files(threeInstances()).find((f) => f.path === 'instance-1/repository/conf/deployment.toml')
        ?.contents ?? '';
    expect(parseToml(aio).database).toEqual({
      apim_db: expect.objectContaining({ type: 'h2', url: expect.stringContaining('WSO2AM_DB') }),
      shared_db: {
        type: 'h2',
        url: 'jdbc:h2:./repository/database/WSO2SHARED_DB;DB_CLOSE_ON_EXIT=FALSE',
        username: 'wso2carbon',
        password: 'wso2carbon',
      },
    });
  });

  it('gives document 000’s gateway URLs for an all-in-one node and two gateways on one host', () => {
    const aio =
      files(threeInstances()).find((f) => f.path === 'instance-1/repository/conf/deployment.toml')
        ?.contents ?? '';
    const envs = (parseToml(aio).apim as { gateway: { environment: Record<string, unknown>[] } })
      .gateway.environment;
    expect(envs).toEqual([
      expect.objectContaining({
        name: 'Production Gateway',
        type: 'production',
        service_url: 'https://localhost:9444/services/',
        http_endpoint: 'http://localhost:8281',
        https_endpoint: 'https://localhost:8244',
      }),
      expect.objectContaining({
        name: 'Sandbox Gateway',
        type: 'sandbox',
        service_url: 'https://localhost:9445/services/',
        http_endpoint: 'http://localhost:8282',
        https_endpoint: 'https://localhost:8245',
      }),
    ]);
  });
});

describe('user text in the README and hosts file', () => {
  const hostile = 'evil | name\n# [server]\n<img src=x onerror=alert(1)> `code`';
  const t = distributed('3.2.0');
  const withName = topology({
    ...t,
    name: hostile,
    nodes: t.nodes.map((n) => (n.id === 'km' ? { ...n, name: hostile } : n)),
  });
  const list = files(withName);

  it('stays on one line and inside its table cell', () => {
    const readme = list.find((f) => f.path === 'README.md')?.contents ?? '';
    const rows = readme.split('\n').filter((l) => l.startsWith('| '));
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length, row).toBe(8);
    expect(readme).not.toMatch(/(^|[^\\])<img/);
    expect(readme.split('\n').filter((l) => l.startsWith('# '))).toHaveLength(1);
  });

  it('keeps hosts comments as comments', () => {
    const hosts = list.find((f) => f.path === 'hosts')?.contents ?? '';
    for (const line of hosts.split('\n').filter(Boolean))
      expect(line.startsWith('#') || /^127\.0\.0\.1\t/.test(line), line).toBe(true);
  });

  it('writes the node under a safe folder', () => {
    expect(
      list.some((f) => f.path.startsWith('evil-name-server-img-src-x-onerror-alert-1-code/')),
    ).toBe(true);
  });
});

describe('hosts', () => {
  const hostsOf = (name: string) => {
    const r = render(loadExample(name));
    return r.ok ? (r.files.find((f) => f.path === 'hosts')?.contents ?? '') : '';
  };

  it('offers a one-machine trial when every node has ports of its own', () => {
    const hosts = hostsOf('distributed-3.2.0.json');
    expect(hosts).toContain('127.0.0.1 runs every node on this machine');
    expect(hosts).toMatch(/^127\.0\.0\.1\tkm\.wso2\.com\t# km$/m);
  });

  it('says which nodes clash when they cannot share one machine', () => {
    const hosts = hostsOf('ha-3.2.0.json');
    expect(hosts).not.toContain('runs every node on this machine');
    expect(hosts).toContain(
      'These nodes cannot all run on one machine: km1 and km2 would both listen on port 9443.',
    );
  });
});

describe('README: what to set up before starting', () => {
  const readmeOf = (name: string) => {
    const r = render(loadExample(name));
    return r.ok ? (r.files.find((f) => f.path === 'README.md')?.contents ?? '') : '';
  };

  it('puts the load balancers’ certificates in the truststore only when there are load balancers', () => {
    expect(readmeOf('ha-3.2.0.json')).toContain(
      "the CA, each load balancer's certificate and the token-signing",
    );
    expect(readmeOf('distributed-3.2.0.json')).not.toContain("load balancer's");
  });

  it('names every host each node is reached by (its certificate), and the token-signing alias on gateways', () => {
    // Distributed guides (seeds 002:36, 004:40): a certificate per node; seed 002:842: the signing
    // certificate in the gateways' truststore under gateway_certificate_alias.
    const readme = readmeOf('ha-3.2.0.json');
    expect(readme).toContain('| gw1 | Gateway | `gw1.wso2.com`, `gw.wso2.com` |');
    expect(readme).toContain('| km2 | Key Manager | `km2.wso2.com`, `km.wso2.com` |');
    expect(readme).toContain('certificate under `gateway_certificate_alias`');
    expect(readme).toContain('Run `sh certs/make-certs.sh`');
    expect(readme).toContain(
      'one primary keystore `primary.jks` (alias `primary`), the same file on every node',
    );
    // 2.x keeps manual steps: its pack names wso2carbon.jks in five files per node ("Configuring
    // Keystores in WSO2 API Manager", API-M 2.6 documentation), none of them in the fragments. Its
    // gateways validate tokens through the Key Manager (no gateway_certificate_alias before 3.0).
    const legacy = readmeOf('distributed-2.6.0.json');
    expect(legacy).toContain('`repository/conf/tomcat/catalina-server.xml` (the HTTPS connector)');
    expect(legacy).toContain('| tm1 | Traffic Manager | `tm1.wso2.com`, `tm.wso2.com` |');
    expect(legacy).not.toContain('make-certs.sh');
    expect(legacy).not.toContain('[keystore.primary]');
  });

  it('names the nodes each database must accept, and that need its driver', () => {
    const readme = readmeOf('distributed-4.4.0.json');
    expect(readme).toContain('Let the user connect from the servers of **cp**, **tm**, **gw**');
    expect(readme).toContain("GRANT ALL PRIVILEGES ON `apim_db`.* TO 'root'@'%';");
    expect(readme).toContain('<API-M_HOME>/repository/components/lib` on **cp**, **tm**, **gw**.');
  });
});
