/** Pure edits of a topology document. Every canvas and inspector action goes through one of these. */
import {
  createNode,
  freeOffset,
  isApimKind,
  uniqueName,
  type Node,
  type NodeKind,
  type Topology,
} from '@apim-designer/topology';
import { connect, type Clipboard, type XY } from './edits.js';
import { EMPTY_TOPOLOGY } from './empty-topology.js';

export {
  connect,
  connected,
  connectionCandidates,
  copySelection,
  edgeId,
  moveNodes,
  removeElements,
  updateNode,
  withEdgeIds,
} from './edits.js';
export type { Clipboard, ConnectResult, XY } from './edits.js';

export function emptyTopology(): Topology {
  return EMPTY_TOPOLOGY;
}

export function addNode(
  t: Topology,
  kind: NodeKind,
  position: XY,
): { topology: Topology; node: Node } {
  const node = createNode(t, kind, { x: Math.round(position.x), y: Math.round(position.y) });
  return { topology: { ...t, nodes: [...t.nodes, node] }, node };
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
