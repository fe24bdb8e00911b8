import { describe, expect, it } from 'vitest';
import {
  codes,
  complete,
  db,
  diagnosticsOf,
  doc,
  expectCode,
  gw,
  tm,
} from '../../test/validate-kit.js';

describe('gateway environments', () => {
  it('two gateways with one environment name', () => {
    const { nodes, edges } = complete();
    const found = expectCode(
      doc(
        [...nodes, gw('gw2')],
        [...edges, ['gw2', 'km'], ['gw2', 'tm'], ['pub', 'gw2'], ['db', 'gw2']],
      ),
      'duplicate-environment-name',
    );
    expect(found[0]?.message).toContain('Production and Sandbox');
  });
  it('gateways behind one load balancer are one environment and must share its name', () => {
    const { nodes, edges } = complete();
    const lb = {
      id: 'lb',
      kind: 'load-balancer' as const,
      name: 'lb',
      host: 'gw.lb.example.com',
      fronts: 'gateway' as const,
    };
    const clustered = doc(
      [...nodes, gw('gw2', 'Production and Sandbox'), lb],
      [
        ...edges.filter(([a, b]) => !(a === 'pub' && b === 'gw') && !(a === 'dp' && b === 'gw')),
        ['gw2', 'km'],
        ['gw2', 'tm'],
        ['db', 'gw2'],
        ['lb', 'gw'],
        ['lb', 'gw2'],
        ['pub', 'lb'],
        ['dp', 'lb'],
      ],
    );
    expect(codes(clustered)).not.toContain('duplicate-environment-name');
    const renamed = {
      ...clustered,
      nodes: clustered.nodes.map((n) => (n.id === 'gw2' ? gw('gw2', 'Other') : n)),
    };
    expectCode(renamed, 'cluster-environment-mismatch');
  });
});

describe('ports', () => {
  it('two nodes on one host at the same offset, naming the port, both nodes and a free offset', () => {
    const { nodes, edges } = complete();
    const found = expectCode(
      doc(
        nodes.map((n) => (n.id === 'tm' ? tm('tm', 'km.example.com', 0) : n)),
        edges,
      ),
      'port-conflict',
    );
    expect(found[0]?.message).toMatch(/Port 9443 on km\.example\.com is taken twice: km .* and tm/);
    expect(found[0]?.message).toMatch(/Give tm offset 1/);
  });
  it('different offsets on one host do not collide', () => {
    const { nodes, edges } = complete();
    expect(
      codes(
        doc(
          nodes.map((n) => (n.id === 'tm' ? tm('tm', 'km.example.com', 3) : n)),
          edges,
        ),
      ),
    ).not.toContain('port-conflict');
  });
  it('a load balancer on a gateway’s host takes its WebSocket ports', () => {
    const { nodes, edges } = complete();
    const lb = {
      id: 'lb',
      kind: 'load-balancer' as const,
      name: 'lb',
      host: 'gw.example.com',
      fronts: 'gateway' as const,
    };
    const found = expectCode(doc([...nodes, lb], [...edges, ['lb', 'gw']]), 'port-conflict');
    expect(found[0]?.message).toContain('9099');
  });
});

describe('databases', () => {
  it('roles that must share WSO2AM_DB on different database nodes', () => {
    const { nodes, edges } = complete();
    const split = doc(
      [...nodes, db('db2')],
      [...edges.filter(([a, b]) => !(a === 'db' && b === 'pub')), ['db2', 'pub']],
    );
    const found = expectCode(split, 'apim-db-not-shared');
    expect(found.map((d) => d.nodeId)).toEqual(['pub']);
    expect(found[0]?.message).toContain('Wire pub to db');
  });
  it('WSO2AM_DB per release and role: the 3.1 Traffic Manager reads none, the 3.2 one serves it to the gateways', () => {
    const { nodes, edges } = complete();
    const tmOnH2 = edges.filter(([a, b]) => !(a === 'db' && b === 'tm'));
    // product-apim v3.1.0 deployment-templates/traffic-manager.toml:14 declares [database.shared_db]
    // only (document 004's sample too): a 3.1 Traffic Manager off the database is no error.
    const in31 = codes(doc(nodes, tmOnH2, { apimVersion: '3.1.0' }));
    expect(in31).not.toContain('apim-db-not-shared');
    expect(in31.filter((c) => c.endsWith('-not-shared') || c === 'ambiguous-database')).toEqual([]);
    // v3.2.0 traffic-manager.toml:22 adds [database.apim_db]: it is the gateways' event hub.
    const found = expectCode(doc(nodes, tmOnH2), 'apim-db-not-shared');
    expect(found.map((d) => d.nodeId)).toEqual(['tm']);
    expect(found[0]?.message).toMatch(/event hub/);
  });
  it('a 4.x Traffic Manager off WSO2AM_DB is fine: the template declares it, nothing needs it shared', () => {
    const four = {
      apimVersion: '4.4.0' as const,
    };
    const nodes = [
      { id: 'cp', kind: 'control-plane' as const, name: 'cp', host: 'cp.example.com' },
      tm(),
      gw(),
      db(),
    ];
    const edges: [string, string][] = [
      ['gw', 'cp'],
      ['gw', 'tm'],
      ['tm', 'cp'],
      ['db', 'cp'],
      ['db', 'gw'],
    ];
    const list = codes(doc(nodes, edges, four));
    expect(list).not.toContain('apim-db-not-shared');
    // It still needs the shared users and registry.
    expect(list).toContain('embedded-database');
  });
  it('a node with no database edge falls back to embedded H2 (and then shares nothing)', () => {
    const { nodes, edges } = complete();
    const noDbForGw = edges.filter(([a, b]) => !(a === 'db' && b === 'gw'));
    const list = codes(doc(nodes, noDbForGw));
    expectCode(doc(nodes, noDbForGw), 'embedded-database');
    // The embedded warning already says it shares nothing; no second warning for the same node.
    expect(list).not.toContain('shared-db-not-shared');
    expect(list).not.toContain('apim-db-not-shared'); // a gateway reads no WSO2AM_DB
  });
  it('a node on another server’s WSO2SHARED_DB', () => {
    const { nodes, edges } = complete();
    const moved = doc(
      [...nodes, db('db2', { apimDbName: null })],
      [...edges.filter(([a, b]) => !(a === 'db' && b === 'gw')), ['db2', 'gw']],
    );
    const found = expectCode(moved, 'shared-db-not-shared');
    expect(found.map((d) => d.nodeId)).toEqual(['gw']);
    expect(found[0]?.message).toContain('Wire gw to db instead');
  });
  it('two database nodes holding the same database for one node', () => {
    const { nodes, edges } = complete();
    expectCode(doc([...nodes, db('db2')], [...edges, ['db2', 'km']]), 'ambiguous-database');
  });
  it('apim_db and shared_db on two servers is fine', () => {
    const { nodes, edges } = complete();
    const two = doc(
      [
        ...nodes.filter((n) => n.id !== 'db'),
        db('apimdb', { engine: 'postgresql', sharedDbName: null }),
        db('shareddb', { apimDbName: null }),
      ],
      [
        ...edges.filter(([a]) => a !== 'db'),
        ...['km', 'tm', 'pub', 'dp'].map((n): [string, string] => ['apimdb', n]),
        ...['km', 'tm', 'pub', 'dp', 'gw'].map((n): [string, string] => ['shareddb', n]),
      ],
    );
    expect(
      diagnosticsOf(two).filter(
        (d) => d.severity !== 'warning' || d.code !== 'default-keystore-password',
      ),
    ).toEqual([]);
  });
  it('a load balancer with nothing behind it', () => {
    const { nodes, edges } = complete();
    const lb = {
      id: 'lb',
      kind: 'load-balancer' as const,
      name: 'lb',
      host: 'lb.example.com',
      fronts: 'key-manager' as const,
    };
    expectCode(doc([...nodes, lb], [...edges, ['lb', 'gw']]), 'load-balancer-without-members');
  });
});

describe('credentials', () => {
  it('a database user that no SQL or shell line can carry, or that the engine cannot log in with', () => {
    const { nodes, edges } = complete();
    const withUser = (username: string, engine: 'mysql' | 'oracle' = 'mysql') =>
      doc(
        nodes.map((n) => (n.id === 'db' ? { ...n, username, engine } : n)),
        edges,
      );
    const found = expectCode(withUser('a\nb'), 'unsafe-database-user');
    expect(found[0]?.path).toEqual(['nodes', 5, 'username']);
    // Oracle folds unquoted logins to upper case: a quoted "apim-user" could never log in.
    expectCode(withUser('apim-user', 'oracle'), 'unsafe-database-user');
    expect(codes(withUser('apim_user', 'oracle'))).not.toContain('unsafe-database-user');
    // MySQL, PostgreSQL and SQL Server take any name: the README quotes it.
    expect(codes(withUser("u'@'%'; DROP DATABASE x; --"))).not.toContain('unsafe-database-user');
  });
  it('admin / admin', () => {
    const { nodes, edges } = complete();
    const found = expectCode(doc(nodes, edges, { settings: {} }), 'default-admin-credentials');
    expect(found[0]?.message).toMatch(/\$env\{VARIABLE\}.*\$secret\{alias\}/);
  });
  it('a database password in plain text', () => {
    const { nodes, edges } = complete();
    const found = expectCode(
      doc(
        nodes.map((n) => (n.id === 'db' ? { ...n, password: 'hunter2' } : n)),
        edges,
      ),
      'plaintext-password',
    );
    expect(found[0]?.path).toEqual(['nodes', 5, 'password']);
  });
  it('a credential that starts like a placeholder but is not one', () => {
    const { nodes, edges } = complete();
    const found = expectCode(
      doc(
        nodes.map((n) => (n.id === 'db' ? { ...n, password: '$env{DB_PW' } : n)),
        edges,
        { settings: { superAdmin: { username: 'ops', password: '$secret{top secret}' } } },
      ),
      'malformed-placeholder',
    );
    expect(found.map((d) => d.path)).toHaveLength(2);
    expect(found.find((d) => d.nodeId === 'db')?.path).toEqual(['nodes', 5, 'password']);
    expect(found.find((d) => d.nodeId === undefined)?.path).toEqual([
      'settings',
      'superAdmin',
      'password',
    ]);
    // The value itself (a secret, perhaps) is not repeated.
    expect(found.every((d) => !d.message.includes('top secret'))).toBe(true);
    expect(
      codes(doc(nodes, edges, { settings: { superAdmin: { password: '$env{ADMIN_PW}' } } })),
    ).not.toContain('malformed-placeholder');
  });
  it('placeholders are not plain text', () => {
    const { nodes, edges } = complete();
    expect(
      codes(
        doc(nodes, edges, {
          settings: { superAdmin: { username: 'ops', password: '$secret{admin_password}' } },
        }),
      ),
    ).not.toContain('plaintext-password');
  });
  it('the default keystore password', () => {
    const { nodes, edges } = complete();
    expectCode(
      doc(nodes, edges, {
        settings: {
          superAdmin: { password: '$env{A}' },
          keystore: { fileName: 'tls.jks', password: 'wso2carbon', keyPassword: 'wso2carbon' },
          primaryKeystore: { password: '$env{P}', keyPassword: '$env{P}' },
        },
      }),
      'default-keystore-password',
    );
    const custom = {
      keystore: { fileName: 'tls.jks', password: '$env{KS}', keyPassword: '$env{KS}' },
      primaryKeystore: { password: '$env{P}', keyPassword: '$env{P}' },
      truststore: { password: '$env{TS}' },
    };
    expect(
      codes(doc(nodes, edges, { settings: { superAdmin: { password: '$env{A}' }, ...custom } })),
    ).toEqual([]);
  });
});
