import { checkConnection } from '../connections.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { TopologyModel } from '../model.js';

export function checkEdges(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const pairs = new Map<string, number>();
  model.topology.edges.forEach((edge, i) => {
    const where = {
      path: ['edges', i],
      ...(edge.id !== undefined ? { edgeId: edge.id } : {}),
    };
    const a = model.node(edge.source);
    const b = model.node(edge.target);
    const missing = [!a ? edge.source : null, !b ? edge.target : null].filter((x) => x !== null);
    if (missing.length > 0) {
      out.push(
        diagnostic(
          'edge-unknown-node',
          `Connection ${i + 1} points at ${missing.map((m) => `"${m}"`).join(' and ')}, which no node has as its id. ` +
            `Remove the connection or restore the node.`,
          where,
        ),
      );
      return;
    }
    if (!a || !b) return;
    if (a.id === b.id) {
      out.push(
        diagnostic('edge-self', `${a.name} is connected to itself. Remove that connection.`, {
          ...where,
          nodeId: a.id,
        }),
      );
      return;
    }
    const check = checkConnection(a, b);
    if (!check.ok) {
      out.push(
        diagnostic('edge-not-allowed', `${a.name} — ${b.name}: ${check.reason}`, {
          ...where,
          nodeId: a.id,
        }),
      );
      return;
    }
    const pair = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
    const first = pairs.get(pair);
    if (first !== undefined) {
      out.push(
        diagnostic(
          'edge-duplicate',
          `${a.name} and ${b.name} are connected twice (connections ${first + 1} and ${i + 1}). Remove one.`,
          { ...where, nodeId: a.id },
        ),
      );
      return;
    }
    pairs.set(pair, i);
  });
  return out;
}
