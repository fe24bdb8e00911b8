import { validate } from '@apim-designer/topology';
import { describe, expect, it } from 'vitest';
import {
  addNode,
  connect,
  connectionCandidates,
  copySelection,
  edgeId,
  emptyTopology,
  paste,
  removeElements,
  withEdgeIds,
} from './ops.js';

function fiveNodes() {
  let t = emptyTopology();
  for (const kind of [
    'key-manager',
    'traffic-manager',
    'publisher',
    'devportal',
    'gateway',
  ] as const)
    t = addNode(t, kind, { x: 0, y: 0 }).topology;
  return t;
}

describe('topology edits', () => {
  it('adds nodes with unique names and hosts', () => {
    let t = emptyTopology();
    t = addNode(t, 'gateway', { x: 1.4, y: 2 }).topology;
    const { topology, node } = addNode(t, 'gateway', { x: 0, y: 0 });
    expect(topology.nodes.map((n) => n.name)).toEqual(['gw', 'gw-2']);
    expect(node.host).toBe('gw-2.example.com');
    expect(topology.nodes[0]?.position).toEqual({ x: 1, y: 2 });
  });

  it('connects allowed kinds once and refuses the rest with a reason', () => {
    let t = fiveNodes();
    const ok = connect(t, 'km', 'gw');
    expect(ok.ok).toBe(true);
    if (ok.ok) t = ok.topology;
    const again = connect(t, 'gw', 'km');
    expect(again).toEqual({ ok: false, reason: 'gw and km are already connected.' });
    t = addNode(t, 'database', { x: 0, y: 0 }).topology;
    t = addNode(t, 'all-in-one', { x: 0, y: 0 }).topology;
    const refused = connect(t, 'apim', 'km');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toMatch(/All-in-one connects to: Gateway/);
  });

  it('lists connection candidates: allowed and not yet joined', () => {
    let t = fiveNodes();
    const res = connect(t, 'km', 'gw');
    if (res.ok) t = res.topology;
    expect(connectionCandidates(t, 'km').map((n) => n.id)).toEqual(['tm', 'pub', 'devportal']);
  });

  it('removes nodes with their edges', () => {
    let t = fiveNodes();
    for (const [a, b] of [
      ['km', 'gw'],
      ['tm', 'gw'],
      ['km', 'pub'],
    ] as const) {
      const r = connect(t, a, b);
      if (r.ok) t = r.topology;
    }
    const out = removeElements(t, new Set(['gw']), new Set([edgeId(t.edges[2]!, 2)]));
    expect(out.nodes.map((n) => n.id)).not.toContain('gw');
    expect(out.edges).toEqual([]);
  });

  it('pastes copies with new names, hosts, offsets and their inner edges', () => {
    let t = fiveNodes();
    const r = connect(t, 'km', 'gw');
    if (r.ok) t = r.topology;
    const { topology, ids } = paste(t, copySelection(t, new Set(['km', 'gw'])), { x: 40, y: 40 });
    expect(ids).toEqual(['km-2', 'gw-2']);
    const copy = topology.nodes.find((n) => n.id === 'gw-2');
    expect(copy?.host).toBe('gw-2.example.com');
    expect(topology.edges.some((e) => e.source === 'km-2' && e.target === 'gw-2')).toBe(true);
    expect(validate(topology).filter((d) => d.code === 'duplicate-node-name')).toEqual([]);
  });

  it('gives imported edges ids', () => {
    const t = { ...fiveNodes(), edges: [{ source: 'km', target: 'gw' }] };
    expect(withEdgeIds(t).edges[0]?.id).toBe('km-gw');
  });
});
