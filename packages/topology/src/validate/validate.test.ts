import { describe, expect, it } from 'vitest';
import {
  codes,
  complete,
  db,
  diagnosticsOf,
  doc,
  expectCode,
  gw,
  km,
  type Edges,
  type Nodes,
} from '../../test/validate-kit.js';
import { validate } from './index.js';
import { distributed } from '../../test/topologies.js';

describe('a complete topology', () => {
  it('has no errors, and warnings only for what is really there', () => {
    const { nodes, edges } = complete();
    const list = diagnosticsOf(doc(nodes, edges));
    expect(list.filter((d) => d.severity === 'error')).toEqual([]);
    expect(list.map((d) => d.code)).toEqual([]);
  });

  it('the documents’ example renders with two warnings about its documented default credentials', () => {
    expect(
      validate(distributed('3.2.0'))
        .map((d) => d.code)
        .sort(),
    ).toEqual(['default-admin-credentials', 'plaintext-password']);
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
    // complete() is 3.x, which has no Control Plane node to suggest; only a gateway connects to an
    // all-in-one node, so only a gateway is told it may reach the role there.
    const message = found.find((d) => d.nodeId === nodeId)?.message ?? '';
    expect(message).not.toContain('Control Plane');
    expect(message.includes('All-in-one')).toBe(nodeId === 'gw');
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
