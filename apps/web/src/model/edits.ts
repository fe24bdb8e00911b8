/**
 * Pure edits of a topology document that need only the core's metadata entry (no zod, no
 * generator), so the first chunk can use them; `ops.ts` adds the ones that create nodes.
 */
import { checkConnection } from '@apim-designer/topology/meta';
import type { Edge, Node, Topology } from '@apim-designer/topology';
import { removeZones, zonesWithout } from './zone-edits.js';

export type XY = { readonly x: number; readonly y: number };

export function updateNode(t: Topology, node: Node): Topology {
  return { ...t, nodes: t.nodes.map((n) => (n.id === node.id ? node : n)) };
}

export function moveNodes(t: Topology, positions: ReadonlyMap<string, XY>): Topology {
  if (positions.size === 0) return t;
  return {
    ...t,
    nodes: t.nodes.map((n) => {
      const p = positions.get(n.id);
      return p ? { ...n, position: { x: Math.round(p.x), y: Math.round(p.y) } } : n;
    }),
  };
}

/** The id the canvas uses for an edge: its own, or one made from its ends. */
export function edgeId(edge: Edge, index: number): string {
  return edge.id ?? `edge-${index}-${edge.source}-${edge.target}`;
}

export function removeElements(
  t: Topology,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): Topology {
  if (nodeIds.size === 0 && edgeIds.size === 0) return t;
  // Ids of zones (selected on the canvas like nodes) remove the zone, not its nodes.
  const withoutZones = removeZones(t, nodeIds);
  const removed: Topology = {
    ...withoutZones,
    nodes: t.nodes.filter((n) => !nodeIds.has(n.id)),
    edges: t.edges.filter(
      (e, i) => !edgeIds.has(edgeId(e, i)) && !nodeIds.has(e.source) && !nodeIds.has(e.target),
    ),
  };
  const result = zonesWithout(removed, nodeIds);
  const same =
    result.nodes.length === t.nodes.length &&
    result.edges.length === t.edges.length &&
    result.zones === t.zones;
  return same ? t : result;
}

export function connected(t: Topology, a: string, b: string): boolean {
  return t.edges.some(
    (e) => (e.source === a && e.target === b) || (e.source === b && e.target === a),
  );
}

function freshEdgeId(t: Topology, source: string, target: string): string {
  const ids = new Set(t.edges.map((e) => e.id));
  let id = `${source}-${target}`;
  for (let i = 2; ids.has(id); i++) id = `${source}-${target}-${i}`;
  return id;
}

export type ConnectResult =
  | { readonly ok: true; readonly topology: Topology }
  | { readonly ok: false; readonly reason: string };

/** Join two nodes, or say why the documents do not allow it. */
export function connect(t: Topology, sourceId: string, targetId: string): ConnectResult {
  const a = t.nodes.find((n) => n.id === sourceId);
  const b = t.nodes.find((n) => n.id === targetId);
  if (!a || !b) return { ok: false, reason: 'One of the two nodes no longer exists.' };
  const check = checkConnection(a, b);
  if (!check.ok) return check;
  if (connected(t, a.id, b.id))
    return { ok: false, reason: `${a.name} and ${b.name} are already connected.` };
  const edge = { id: freshEdgeId(t, a.id, b.id), source: a.id, target: b.id };
  return { ok: true, topology: { ...t, edges: [...t.edges, edge] } };
}

/** Nodes the given node could be joined to now (allowed by the documents, not yet joined). */
export function connectionCandidates(t: Topology, nodeId: string): Node[] {
  const node = t.nodes.find((n) => n.id === nodeId);
  if (!node) return [];
  // One pass over the edges, not one per node: the inspector asks on every drag step.
  const joined = new Set<string>();
  for (const e of t.edges) {
    if (e.source === node.id) joined.add(e.target);
    else if (e.target === node.id) joined.add(e.source);
  }
  return t.nodes.filter(
    (n) => n.id !== node.id && !joined.has(n.id) && checkConnection(node, n).ok,
  );
}

/** Give every edge an id (imported documents may leave them out). */
export function withEdgeIds(t: Topology): Topology {
  if (t.edges.every((e) => e.id !== undefined)) return t;
  const edges: Edge[] = [];
  for (const e of t.edges) {
    const next: Topology = { ...t, edges };
    edges.push(e.id !== undefined ? e : { ...e, id: freshEdgeId(next, e.source, e.target) });
  }
  return { ...t, edges };
}

export interface Clipboard {
  readonly nodes: readonly Node[];
  readonly edges: readonly Edge[];
}

export function copySelection(t: Topology, nodeIds: ReadonlySet<string>): Clipboard {
  return {
    nodes: t.nodes.filter((n) => nodeIds.has(n.id)),
    edges: t.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)),
  };
}
