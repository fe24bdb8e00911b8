/**
 * A quick fix (the core's groupDiagnostics) applied to the document: the whole fix is one edit, so
 * one undo step takes it back. `settings` fixes are the panel's to open, not an edit.
 */
import type { NodeKind, QuickFix, Topology } from '@apim-designer/topology';
import { connect, type XY } from './edits.js';

/** What a fix that adds a node needs from the lazy core. */
export type AddNode = (
  t: Topology,
  kind: NodeKind,
  at: XY,
) => { topology: Topology; node: { id: string } };

/** `value` at `path` (e.g. ["nodes", 5, "password"]), copying only what is on the way. */
export function setAt(value: unknown, path: readonly (string | number)[], to: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return to;
  if (Array.isArray(value) && typeof head === 'number')
    return value.map((v, i) => (i === head ? setAt(v, rest, to) : v));
  if (typeof value === 'object' && value !== null && typeof head === 'string')
    return { ...value, [head]: setAt(Reflect.get(value, head), rest, to) };
  return value;
}

function isTopology(v: unknown, like: Topology): v is Topology {
  return typeof v === 'object' && v !== null && 'nodes' in v && 'edges' in v && v !== like;
}

export function applyFix(t: Topology, fix: QuickFix, addNode: AddNode): Topology {
  switch (fix.type) {
    case 'connect':
      return fix.pairs.reduce((acc, [a, b]) => {
        const res = connect(acc, a, b);
        return res.ok ? res.topology : acc;
      }, t);
    case 'set': {
      const next = setAt(t, fix.path, fix.value);
      return isTopology(next, t) ? next : t;
    }
    case 'add-node': {
      // Below everything, centred under the nodes it serves.
      const placed = t.nodes.filter((n) => fix.connect.includes(n.id) && n.position);
      const xs = placed.map((n) => n.position?.x ?? 0);
      const bottom = Math.max(0, ...t.nodes.map((n) => (n.position?.y ?? 0) + 72));
      const at = { x: xs.length ? (Math.min(...xs) + Math.max(...xs)) / 2 : 0, y: bottom + 120 };
      const added = addNode(t, fix.kind, at);
      return fix.connect.reduce((acc, id) => {
        const res = connect(acc, id, added.node.id);
        return res.ok ? res.topology : acc;
      }, added.topology);
    }
    case 'settings':
      return t;
  }
}
