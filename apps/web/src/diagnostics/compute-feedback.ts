/**
 * What the panels show of a document: its diagnostics with per-node and per-edge problem counts
 * (validate: a few ms at 100 nodes, run on every edit), and the bundle's files (render: every
 * file generated, several times slower, run in a deferred render).
 */
import {
  groupDiagnostics,
  hasErrors,
  render,
  validate,
  type BundleFile,
  type Diagnostic,
  type Topology,
} from '@apim-designer/topology';
import type { Checks, Counts } from './checks.js';

function bump(counts: Counts | undefined, d: Diagnostic): Counts {
  const c = counts ?? { errors: 0, warnings: 0 };
  if (d.severity === 'error') return { ...c, errors: c.errors + 1 };
  if (d.severity === 'warning') return { ...c, warnings: c.warnings + 1 };
  return c;
}

export function checkTopology(topology: Topology): Checks {
  const diagnostics = validate(topology);
  const byNode = new Map<string, Counts>();
  const byEdge = new Map<string, Counts & { messages: readonly string[] }>();
  for (const d of diagnostics) {
    if (d.edgeId !== undefined) {
      const prev = byEdge.get(d.edgeId);
      byEdge.set(d.edgeId, { ...bump(prev, d), messages: [...(prev?.messages ?? []), d.message] });
    } else if (d.nodeId !== undefined) {
      byNode.set(d.nodeId, bump(byNode.get(d.nodeId), d));
    }
  }
  return {
    pending: false,
    topology,
    diagnostics,
    groups: groupDiagnostics(topology, diagnostics),
    ok: !hasErrors(diagnostics),
    byNode,
    byEdge,
  };
}

/** The bundle's files, or null while the document has errors (render refuses it). */
export function bundleFiles(topology: Topology): readonly BundleFile[] | null {
  const result = render(topology);
  return result.ok ? result.files : null;
}
