/** Diagnostics and the rendered bundle of a document, with per-node and per-edge problem counts. */
import { render, type Diagnostic, type Topology } from '@apim-designer/topology';
import type { Counts, Feedback } from './diagnostics-context.js';

function bump(counts: Counts | undefined, d: Diagnostic): Counts {
  const c = counts ?? { errors: 0, warnings: 0 };
  if (d.severity === 'error') return { ...c, errors: c.errors + 1 };
  if (d.severity === 'warning') return { ...c, warnings: c.warnings + 1 };
  return c;
}

export function computeFeedback(topology: Topology): Feedback {
  const result = render(topology);
  const byNode = new Map<string, Counts>();
  const byEdge = new Map<string, Counts & { messages: readonly string[] }>();
  for (const d of result.diagnostics) {
    if (d.edgeId !== undefined) {
      const prev = byEdge.get(d.edgeId);
      byEdge.set(d.edgeId, { ...bump(prev, d), messages: [...(prev?.messages ?? []), d.message] });
    } else if (d.nodeId !== undefined) {
      byNode.set(d.nodeId, bump(byNode.get(d.nodeId), d));
    }
  }
  return { pending: false, topology, diagnostics: result.diagnostics, result, byNode, byEdge };
}
