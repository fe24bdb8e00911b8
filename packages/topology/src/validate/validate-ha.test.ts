import { describe, expect, it } from 'vitest';
import {
  codes,
  complete,
  db,
  diagnosticsOf,
  doc,
  dp,
  expectCode,
  gw,
  km,
  pub,
  tm,
  type Edges,
  type Nodes,
} from '../../test/validate-kit.js';
import { render } from '../render/index.js';
import { validate } from './index.js';
import { topology } from '../../test/helpers.js';
import type { TopologyInput } from '../topology.js';

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
    // What each can connect to: a gateway may also pull from an all-in-one node; a Traffic Manager may not.
    const says = (id: string) => found.find((d) => d.nodeId === id)?.message;
    expect(says('gw')).toMatch(/Connect it to a Control Plane or All-in-one node/);
    expect(says('tm')).toMatch(/Connect it to a Control Plane node, or to a load balancer/);
  });
  it('a missing role is suggested only among the kinds the node connects to, in its release', () => {
    const { nodes, edges } = fourX();
    const noGateway = expectCode(
      doc(
        nodes,
        edges.filter(([a, b]) => a !== 'gw' && b !== 'gw'),
        v4,
      ),
      'missing-gateway',
    );
    // A control plane does not include a gateway (the message used to say it did).
    expect(noGateway[0]?.message).toMatch(
      /Connect it to a Gateway or to a load balancer in front of Gateways\.$/,
    );
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
