import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { TopologyModel } from '../model.js';

/** The edges the model left out of the graph (it judged each edge once), in words. */
export function checkEdges(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { edges } = model.topology;
  model.edgeStatus.forEach((status, i) => {
    if (status.type === 'valid') return;
    const edge = edges[i];
    const where = {
      path: ['edges', i],
      ...(edge?.id !== undefined ? { edgeId: edge.id } : {}),
    };
    switch (status.type) {
      case 'unknown-node':
        out.push(
          diagnostic(
            'edge-unknown-node',
            `Connection ${i + 1} points at ${status.missing.map((m) => `"${m}"`).join(' and ')}, which no node has as its id. ` +
              `Remove the connection or restore the node.`,
            where,
          ),
        );
        return;
      case 'self':
        out.push(
          diagnostic(
            'edge-self',
            `${status.node.name} is connected to itself. Remove that connection.`,
            { ...where, nodeId: status.node.id },
          ),
        );
        return;
      case 'not-allowed':
        out.push(
          diagnostic('edge-not-allowed', `${status.a.name} — ${status.b.name}: ${status.reason}`, {
            ...where,
            nodeId: status.a.id,
          }),
        );
        return;
      case 'duplicate':
        out.push(
          diagnostic(
            'edge-duplicate',
            `${status.a.name} and ${status.b.name} are connected twice (connections ${status.first + 1} and ${i + 1}). Remove one.`,
            { ...where, nodeId: status.a.id },
          ),
        );
        return;
    }
  });
  return out;
}
