/**
 * What the bundles say for HA options and per release: artifact synchronisation, database engines,
 * Traffic Manager HA, an all-in-one node's own environment beside gateways, nginx in front of gateways.
 */
import { describe, expect, it } from 'vitest';
import { render, validate, type Topology, type TomlTable } from '../src/index.js';
import { at, bundle, toml } from './bundle-kit.js';
import { loadExample } from './helpers.js';
import { allKindsTopology } from './topologies.js';

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
          'run the statements as SYSDBA in each service (`apim_db`, `shared_db`)',
        );
        expect(readme).toMatch(/GRANT CONNECT, CREATE SESSION, CREATE TABLE, .* TO \w+;/);
        expect(readme).toContain("@'<API-M_HOME>/dbscripts/oracle.sql'");
        expect(readme).not.toMatch(/CREATE DATABASE \S*shared_db/);
      } else if (engine === 'mssql') {
        expect(readme).toContain('CREATE DATABASE [shared_db];');
      } else if (engine === 'h2') {
        expect(readme).toContain(
          "org.h2.tools.RunScript -url 'jdbc:h2:tcp://db.example.com:9092/~/shared_db'",
        );
      } else {
        expect(readme).toContain('CREATE DATABASE shared_db;');
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
