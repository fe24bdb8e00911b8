/** Pure edits of a topology document. Every canvas and inspector action goes through one of these. */
import {
  checkConnection,
  createNode,
  freeOffset,
  isApimKind,
  Topology,
  uniqueName,
  type Edge,
  type Node,
  type NodeKind,
} from '@apim-designer/topology';

export type XY = { readonly x: number; readonly y: number };

export function emptyTopology(): Topology {
  return Topology.parse({
    schemaVersion: 1,
    name: 'Untitled topology',
    apimVersion: '3.2.0',
    nodes: [],
    edges: [],
  });
}

export function addNode(
  t: Topology,
  kind: NodeKind,
  position: XY,
): { topology: Topology; node: Node } {
  const node = createNode(t, kind, { x: Math.round(position.x), y: Math.round(position.y) });
  return { topology: { ...t, nodes: [...t.nodes, node] }, node };
}

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
  return {
    ...t,
    nodes: t.nodes.filter((n) => !nodeIds.has(n.id)),
    edges: t.edges.filter(
      (e, i) => !edgeIds.has(edgeId(e, i)) && !nodeIds.has(e.source) && !nodeIds.has(e.target),
    ),
  };
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
  return t.nodes.filter(
    (n) => n.id !== node.id && !connected(t, node.id, n.id) && checkConnection(node, n).ok,
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

/** Paste copies: new ids and names, hosts renamed along with the name, free offsets. */
export function paste(
  t: Topology,
  clip: Clipboard,
  shift: XY,
): { topology: Topology; ids: string[] } {
  let out = t;
  const idMap = new Map<string, string>();
  for (const orig of clip.nodes) {
    const name = uniqueName(out, orig.name.replace(/-\d+$/, '') || orig.kind);
    const ids = new Set(out.nodes.map((n) => n.id));
    let id = name;
    for (let i = 2; ids.has(id); i++) id = `${name}-${i}`;
    const host = orig.host.startsWith(`${orig.name}.`)
      ? `${name}${orig.host.slice(orig.name.length)}`
      : orig.host;
    const position = {
      x: (orig.position?.x ?? 0) + shift.x,
      y: (orig.position?.y ?? 0) + shift.y,
    };
    let node: Node = { ...orig, id, name, host, position };
    if (isApimKind(node.kind) && 'offset' in node)
      node = { ...node, offset: freeOffset(out, host, node.kind) };
    idMap.set(orig.id, id);
    out = { ...out, nodes: [...out.nodes, node] };
  }
  for (const e of clip.edges) {
    const source = idMap.get(e.source);
    const target = idMap.get(e.target);
    if (source === undefined || target === undefined) continue;
    const res = connect(out, source, target);
    if (res.ok) out = res.topology;
  }
  return { topology: out, ids: [...idMap.values()] };
}
