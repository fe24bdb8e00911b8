import { afterAll, describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostics.js';
import type { TopologyInput } from '../topology.js';
import { render } from '../render/index.js';
import { validate } from './index.js';
import { topology } from '../../test/helpers.js';
import { distributed } from '../../test/topologies.js';

type Nodes = TopologyInput['nodes'];
type Edges = [string, string][];

function doc(nodes: Nodes, edges: Edges = [], extra: Partial<TopologyInput> = {}): TopologyInput {
  return {
    schemaVersion: 1,
    name: 't',
    apimVersion: '3.2.0',
    settings: { superAdmin: { username: 'admin', password: '$env{ADMIN_PASSWORD}' } },
    nodes,
    edges: edges.map(([source, target]) => ({ source, target })),
    ...extra,
  };
}

const km = (id = 'km', host = `${id}.example.com`, offset = 0) => ({
  id,
  kind: 'key-manager' as const,
  name: id,
  host,
  offset,
});
const tm = (id = 'tm', host = `${id}.example.com`, offset = 0) => ({
  id,
  kind: 'traffic-manager' as const,
  name: id,
  host,
  offset,
});
const pub = (id = 'pub') => ({
  id,
  kind: 'publisher' as const,
  name: id,
  host: `${id}.example.com`,
});
const dp = (id = 'dp') => ({ id, kind: 'devportal' as const, name: id, host: `${id}.example.com` });
const gw = (id = 'gw', env = 'Production and Sandbox', host = `${id}.example.com`, offset = 0) => ({
  id,
  kind: 'gateway' as const,
  name: id,
  host,
  offset,
  environment: { name: env },
});
const db = (id = 'db', extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'database' as const,
  name: id,
  host: `${id}.example.com`,
  password: '$env{DB_PASSWORD}',
  ...extra,
});

/** The five-node topology with one database, every required edge present. */
function complete(): { nodes: Nodes; edges: Edges } {
  return {
    nodes: [km(), tm(), pub(), dp(), gw(), db()],
    edges: [
      ['gw', 'km'],
      ['gw', 'tm'],
      ['pub', 'km'],
      ['pub', 'tm'],
      ['pub', 'gw'],
      ['pub', 'dp'],
      ['dp', 'km'],
      ['dp', 'tm'],
      ['dp', 'gw'],
      ['km', 'tm'],
      ['db', 'km'],
      ['db', 'tm'],
      ['db', 'pub'],
      ['db', 'dp'],
      ['db', 'gw'],
    ],
  };
}

const tested = new Set<DiagnosticCode>();
function diagnosticsOf(input: TopologyInput) {
  return validate(topology(input));
}
function codes(input: TopologyInput): DiagnosticCode[] {
  return diagnosticsOf(input).map((d) => d.code);
}
function expectCode(input: TopologyInput, code: DiagnosticCode) {
  tested.add(code);
  const found = diagnosticsOf(input).filter((d) => d.code === code);
  expect(found.length, `${code} expected in ${JSON.stringify(codes(input))}`).toBeGreaterThan(0);
  for (const d of found) expect(d.severity).toBe(DIAGNOSTIC_CODES[code]);
  return found;
}

describe('a complete topology', () => {
  it('has no errors, and warnings only for what is really there', () => {
    const { nodes, edges } = complete();
    const list = diagnosticsOf(doc(nodes, edges));
    expect(list.filter((d) => d.severity === 'error')).toEqual([]);
    expect(list.map((d) => d.code)).toEqual(['default-keystore-password']);
  });

  it('the documents’ example renders with three warnings about its documented default credentials', () => {
    expect(
      validate(distributed('3.2.0'))
        .map((d) => d.code)
        .sort(),
    ).toEqual(['default-admin-credentials', 'default-keystore-password', 'plaintext-password']);
  });
});

describe('what each role must reach', () => {
  it.each([
    ['gw', ['gw', 'km'], 'missing-key-manager'],
    ['gw', ['gw', 'tm'], 'missing-traffic-manager'],
    ['pub', ['pub', 'km'], 'missing-key-manager'],
    ['pub', ['pub', 'tm'], 'missing-traffic-manager'],
    ['pub', ['pub', 'gw'], 'missing-gateway'],
    ['dp', ['dp', 'km'], 'missing-key-manager'],
    ['dp', ['dp', 'tm'], 'missing-traffic-manager'],
    ['dp', ['dp', 'gw'], 'missing-gateway'],
    ['pub', ['pub', 'dp'], 'missing-devportal'],
  ] as const)('%s without the %j edge: %s', (nodeId, [a, b], code) => {
    const { nodes, edges } = complete();
    const without = edges.filter(([x, y]) => !((x === a && y === b) || (x === b && y === a)));
    const found = expectCode(doc(nodes, without), code);
    expect(found.map((d) => d.nodeId)).toContain(nodeId);
    expect(found[0]?.message).toMatch(/Connect it to/);
    // complete() is 3.x, which has no Control Plane node to suggest.
    expect(found[0]?.message).not.toContain('Control Plane');
  });

  it('is satisfied through an all-in-one node (document 000)', () => {
    const nodes: Nodes = [
      { id: 'aio', kind: 'all-in-one', name: 'aio', host: 'localhost' },
      gw('gw', 'Prod', 'localhost', 1),
      db(),
    ];
    const list = codes(
      doc(nodes, [
        ['aio', 'gw'],
        ['db', 'aio'],
        ['db', 'gw'],
      ]),
    );
    expect(list.filter((c) => c.startsWith('missing-'))).toEqual([]);
  });

  it('is satisfied through a load balancer in front of the role', () => {
    const { nodes, edges } = complete();
    const more: Nodes = [
      ...nodes,
      km('km2'),
      {
        id: 'lb',
        kind: 'load-balancer',
        name: 'lb',
        host: 'km.example.com',
        fronts: 'key-manager',
      },
    ];
    const rewired: Edges = [
      ...edges.filter(([a, b]) => a !== 'km' && b !== 'km'),
      ['lb', 'km'],
      ['lb', 'km2'],
      ['gw', 'lb'],
      ['pub', 'lb'],
      ['dp', 'lb'],
      ['km', 'tm'],
      ['km2', 'tm'],
      ['db', 'km'],
      ['db', 'km2'],
    ];
    expect(codes(doc(more, rewired)).filter((c) => c === 'missing-key-manager')).toEqual([]);
  });

  it('flags an isolated infrastructure node', () => {
    const { nodes, edges } = complete();
    expectCode(doc([...nodes, db('db2')], edges), 'unused-node');
  });
});

describe('edges', () => {
  it('to a missing node', () => {
    const { nodes, edges } = complete();
    expectCode(doc(nodes, [...edges, ['gw', 'ghost']]), 'edge-unknown-node');
  });
  it('from a node to itself', () => {
    const { nodes, edges } = complete();
    expectCode(doc(nodes, [...edges, ['gw', 'gw']]), 'edge-self');
  });
  it('twice between the same nodes, in either direction', () => {
    const { nodes, edges } = complete();
    const found = expectCode(doc(nodes, [...edges, ['km', 'gw']]), 'edge-duplicate');
    expect(found[0]?.path).toEqual(['edges', edges.length]);
  });
  it('between kinds the documents do not connect, saying what the kind connects to', () => {
    const { nodes, edges } = complete();
    const found = expectCode(
      doc([...nodes, gw('gw2', 'Other')], [...edges, ['gw', 'gw2']]),
      'edge-not-allowed',
    );
    expect(found[0]?.message).toMatch(
      /Gateway connects to: Control Plane, Key Manager, Traffic Manager/,
    );
  });
  it('from a load balancer to a kind that neither is nor uses what it fronts', () => {
    const { nodes, edges } = complete();
    const lb = {
      id: 'lb',
      kind: 'load-balancer' as const,
      name: 'lb',
      host: 'lb.example.com',
      fronts: 'devportal' as const,
    };
    expectCode(doc([...nodes, lb], [...edges, ['lb', 'gw']]), 'edge-not-allowed');
  });
});

describe('nodes', () => {
  it('duplicate ids', () => {
    const { nodes, edges } = complete();
    expectCode(doc([...nodes, { ...km(), name: 'other' }], edges), 'duplicate-node-id');
  });
  it('duplicate names, on both nodes (either may be the one just renamed), naming their kinds', () => {
    const { nodes, edges } = complete();
    const found = expectCode(
      doc([...nodes, { ...db('db2'), name: 'km' }], [...edges, ['db2', 'km']]),
      'duplicate-node-name',
    );
    expect(found.map((d) => d.nodeId).sort()).toEqual(['db2', 'km']);
    expect(found[0]?.message).toContain('(a Key Manager and a Database)');
  });
  it('names that give the same bundle folder', () => {
    const { nodes, edges } = complete();
    const found = expectCode(
      doc([...nodes, { ...db('db2'), name: 'KM!' }], [...edges, ['db2', 'km']]),
      'bundle-folder-collision',
    );
    expect(found[0]?.message).toContain('"km/"');
  });
  it('empty names', () => {
    const { nodes, edges } = complete();
    expectCode(
      doc(
        nodes.map((n) => (n.id === 'gw' ? { ...n, name: '  ' } : n)),
        edges,
      ),
      'empty-node-name',
    );
  });
  it.each([
    '',
    'km_1.example.com',
    'km.example.com/x',
    'http://km',
    '999.1.1.1',
    'a..b',
    '-km',
    'km .example.com',
    '[server]',
    '1.2.3',
    '10.0.0.1.5',
    'km.example.com.',
    'km-.example.com',
    `${'a'.repeat(64)}.example.com`,
  ])('host %j is not a host name or an IP address', (host) => {
    const { nodes, edges } = complete();
    const found = expectCode(
      doc(
        nodes.map((n) => (n.id === 'km' ? { ...n, host } : n)),
        edges,
      ),
      'invalid-host',
    );
    expect(found[0]?.path).toEqual(['nodes', 0, 'host']);
  });
  it.each([
    'localhost',
    '10.0.0.1',
    '::1',
    'fe80::1',
    'km-1.wso2.com',
    'KM.Example.COM',
    '1.2.3a',
    `${'a'.repeat(63)}.example.com`,
  ])('host %j is fine', (host) => {
    const { nodes, edges } = complete();
    expect(
      codes(
        doc(
          nodes.map((n) => (n.id === 'km' ? { ...n, host } : n)),
          edges,
        ),
      ),
    ).not.toContain('invalid-host');
  });
  it('placeholder syntax in an environment name or description', () => {
    const { nodes, edges } = complete();
    const withText = nodes.map((n) =>
      n.id === 'gw'
        ? { ...gw(), environment: { name: 'Prod $env{X}', description: '${carbon.home}' } }
        : n,
    );
    expect(expectCode(doc(withText, edges), 'placeholder-in-text')).toHaveLength(2);
  });
  it('settings kept verbatim from an imported file', () => {
    const { nodes, edges } = complete();
    const withExtra = nodes.map((n) =>
      n.id === 'gw' ? { ...n, extraConfig: { apim: { analytics: { enable: true } } } } : n,
    );
    expect(expectCode(doc(withExtra, edges), 'extra-config-kept')[0]?.message).toContain('(apim)');
  });
  it('an empty environment name', () => {
    const { nodes, edges } = complete();
    expectCode(
      doc(
        nodes.map((n) => (n.id === 'gw' ? gw('gw', ' ') : n)),
        edges,
      ),
      'empty-environment-name',
    );
  });
});

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
    expectCode(doc(nodes, edges), 'default-keystore-password');
    const custom = {
      keystore: { password: '$env{KS}', keyPassword: '$env{KS}' },
      truststore: { password: '$env{TS}' },
    };
    expect(
      codes(doc(nodes, edges, { settings: { superAdmin: { password: '$env{A}' }, ...custom } })),
    ).toEqual([]);
  });
});

describe('high availability', () => {
  const lb = (
    id: string,
    fronts: 'gateway' | 'key-manager' | 'traffic-manager' | 'all-in-one',
    extra: Record<string, unknown> = {},
  ) => ({
    id,
    kind: 'load-balancer' as const,
    name: id,
    host: `${id}.example.com`,
    fronts,
    ...extra,
  });
  /** complete() with a second gateway behind a load balancer. */
  function gatewayCluster(
    version: '3.1.0' | '3.2.0',
    extra: Record<string, unknown> = {},
  ): TopologyInput {
    const { nodes, edges } = complete();
    return doc(
      [...nodes, gw('gw2'), lb('gwlb', 'gateway', extra)],
      [
        ...edges.filter(([a, b]) => !((a === 'pub' || a === 'dp') && b === 'gw')),
        ['gw2', 'km'],
        ['gw2', 'tm'],
        ['db', 'gw2'],
        ['gwlb', 'gw'],
        ['gwlb', 'gw2'],
        ['pub', 'gwlb'],
        ['dp', 'gwlb'],
      ],
      { apimVersion: version },
    );
  }

  it('a gateway cluster with no artifact synchronisation on 3.1 is an error; 3.2 defaults to the database synchroniser', () => {
    expectCode(gatewayCluster('3.1.0'), 'gateway-sync-missing');
    expect(codes(gatewayCluster('3.2.0'))).not.toContain('gateway-sync-missing');
    expect(codes(gatewayCluster('3.1.0', { artifactSync: 'rsync' }))).not.toContain(
      'gateway-sync-missing',
    );
  });
  it('the database synchroniser does not exist in 3.1', () => {
    expectCode(gatewayCluster('3.1.0', { artifactSync: 'database' }), 'artifact-sync-unsupported');
  });
  it('two all-in-one nodes behind one load balancer (active-active) are refused, saying why', () => {
    const aio = (id: string) => ({
      id,
      kind: 'all-in-one' as const,
      name: id,
      host: `${id}.example.com`,
    });
    const found = expectCode(
      doc(
        [aio('a1'), aio('a2'), lb('aiolb', 'all-in-one'), db()],
        [
          ['aiolb', 'a1'],
          ['aiolb', 'a2'],
          ['db', 'a1'],
          ['db', 'a2'],
        ],
      ),
      'active-active-unsupported',
    );
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.message).toContain('fronts 2 all-in-one nodes (a1, a2)');
    expect(found[0]?.nodeId).toBe('aiolb');
  });
  it('one all-in-one node behind a load balancer advertises the load balancer', () => {
    const t = topology(
      doc(
        [
          { id: 'a1', kind: 'all-in-one', name: 'a1', host: 'a1.example.com' },
          lb('aiolb', 'all-in-one'),
          db(),
        ],
        [
          ['aiolb', 'a1'],
          ['db', 'a1'],
        ],
      ),
    );
    expect(validate(t).map((d) => d.code)).not.toContain('active-active-unsupported');
    const r = render(t);
    const toml = r.ok
      ? (r.files.find((f) => f.path === 'a1/repository/conf/deployment.toml')?.contents ?? '')
      : '';
    expect(toml).toContain('https_endpoint = "https://aiolb.example.com:8243"');
    expect(toml).not.toContain('https_endpoint = "https://a1.example.com');
  });
  it('a load balancer with a single member', () => {
    const { nodes, edges } = complete();
    expectCode(
      doc([...nodes, lb('kmlb', 'key-manager')], [...edges, ['kmlb', 'km'], ['gw', 'kmlb']]),
      'load-balancer-single-member',
    );
  });
  it('two Key Managers reached directly, naming the URL that is used and the node that is not', () => {
    const { nodes, edges } = complete();
    const found = expectCode(
      doc([...nodes, km('km2')], [...edges, ['gw', 'km2'], ['km2', 'tm'], ['db', 'km2']]),
      'multiple-without-load-balancer',
    );
    expect(found[0]?.message).toContain('https://km.example.com:9443/services/');
    expect(found[0]?.message).toContain('km2 will not be used');
  });
  it('a single Key Manager where every other role has two nodes', () => {
    const { nodes, edges } = complete();
    const twice = doc(
      [...nodes, tm('tm2'), pub('pub2'), dp('dp2'), gw('gw2', 'Second')],
      [
        ...edges,
        ...['tm2', 'pub2', 'dp2', 'gw2'].map((n): [string, string] => ['db', n]),
        ['gw2', 'km'],
        ['gw2', 'tm'],
        ['gw2', 'tm2'],
        ['gw', 'tm2'],
        ['km', 'tm2'],
        ['pub2', 'km'],
        ['pub2', 'tm'],
        ['pub2', 'gw'],
        ['pub2', 'dp'],
        ['dp2', 'km'],
        ['dp2', 'tm'],
        ['dp2', 'gw'],
        ['pub', 'gw2'],
      ],
    );
    const found = expectCode(twice, 'single-point-of-failure');
    expect(found.map((d) => d.nodeId)).toEqual(['km']);
  });
});

describe('API-M 4.x', () => {
  const cp = (id = 'cp') => ({
    id,
    kind: 'control-plane' as const,
    name: id,
    host: `${id}.example.com`,
  });
  function fourX(): { nodes: Nodes; edges: Edges } {
    return {
      nodes: [cp(), tm(), gw('gw', 'Default'), db()],
      edges: [
        ['gw', 'cp'],
        ['gw', 'tm'],
        ['tm', 'cp'],
        ['db', 'cp'],
        ['db', 'tm'],
        ['db', 'gw'],
      ],
    };
  }
  const v4 = { apimVersion: '4.2.0' as const };

  it('the Traffic Manager separated pattern has no errors', () => {
    const { nodes, edges } = fourX();
    expect(diagnosticsOf(doc(nodes, edges, v4)).filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('a kind the version does not have, saying what to use instead', () => {
    const { nodes, edges } = complete();
    const found = expectCode(doc(nodes, edges, v4), 'kind-not-in-version');
    expect(found.map((d) => d.nodeId).sort()).toEqual(['dp', 'km', 'pub']);
    expect(found.find((d) => d.nodeId === 'km')?.message).toMatch(
      /Control Plane node, which includes the Key Manager/,
    );
    const four = fourX();
    expect(
      expectCode(doc(four.nodes, four.edges), 'kind-not-in-version').map((d) => d.nodeId),
    ).toEqual(['cp']);
  });
  it('a gateway or Traffic Manager with no control plane', () => {
    const { nodes, edges } = fourX();
    const found = expectCode(
      doc(
        nodes,
        edges.filter(([a]) => a !== 'gw' && a !== 'tm'),
        v4,
      ),
      'missing-control-plane',
    );
    expect(found.map((d) => d.nodeId).sort()).toEqual(['gw', 'tm']);
  });
  it('gateway labels that match no environment: the gateway would deploy nothing', () => {
    const { nodes, edges } = fourX();
    const labelled = nodes.map((n) =>
      n.id === 'gw' ? { ...gw('gw', 'Default'), gatewayLabels: ['Prod'] } : n,
    );
    expectCode(doc(labelled, edges, v4), 'gateway-label-mismatch');
    const fine = nodes.map((n) =>
      n.id === 'gw' ? { ...gw('gw', 'Default'), gatewayLabels: ['Prod', 'Default'] } : n,
    );
    expect(codes(doc(fine, edges, v4))).not.toContain('gateway-label-mismatch');
  });
  it('a 4.x setting on a 3.x topology does not carry over', () => {
    const { nodes, edges } = complete();
    const labelled = nodes.map((n) => (n.id === 'gw' ? { ...n, gatewayLabels: ['Default'] } : n));
    expectCode(doc(labelled, edges), 'setting-not-in-version');
  });
  it('a dedicated Traffic Manager takes over from the control plane’s own', () => {
    const { nodes, edges } = fourX();
    expect(codes(doc(nodes, edges, v4))).not.toContain('multiple-without-load-balancer');
  });
});

describe('zones', () => {
  it('a zone that lists a node the document does not have is reported, at the zone', () => {
    const { nodes, edges } = complete();
    const input = {
      ...doc(nodes, edges),
      zones: [{ id: 'dmz', name: 'DMZ', nodes: ['gw', 'gone'] }],
    };
    const [found] = expectCode(input, 'zone-unknown-node');
    expect(found?.path).toEqual(['zones', 0, 'nodes', 1]);
    expect(found?.message).toContain('"gone"');
    const fine = { ...doc(nodes, edges), zones: [{ id: 'dmz', name: 'DMZ', nodes: ['gw'] }] };
    expect(codes(fine)).not.toContain('zone-unknown-node');
  });
});

afterAll(() => {
  // Every diagnostic code has a test above that produces it.
  const untested = Object.keys(DIAGNOSTIC_CODES).filter((c) => !tested.has(c as DiagnosticCode));
  expect(untested).toEqual([]);
});
