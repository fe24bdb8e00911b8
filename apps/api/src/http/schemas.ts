/**
 * Request and response schemas: the core's zod schemas (the document, diagnostics, bundle files),
 * with this server's limits and OpenAPI names added; nothing is typed twice.
 */
import {
  BundleFile as CoreBundleFile,
  Diagnostic as CoreDiagnostic,
  Topology,
} from '@apim-designer/topology';
import { z } from 'zod';

export const Diagnostic = CoreDiagnostic.meta({ id: 'Diagnostic' });
export const BundleFile = CoreBundleFile;

export const Diagnostics = z.array(Diagnostic).readonly();

/** A binary body, such as the zip; documented as `format: binary`. */
export const Bytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array)
  .meta({ type: 'string', format: 'binary' });

export interface DocumentLimits {
  readonly maxNodes: number;
  readonly maxEdges: number;
}

/** The core's document schema, with this server's (lower) limits on nodes and edges. */
export function topologyBody(limits: DocumentLimits) {
  return Topology.extend({
    nodes: Topology.shape.nodes.max(limits.maxNodes, `at most ${limits.maxNodes} nodes`),
    edges: Topology.shape.edges.max(limits.maxEdges, `at most ${limits.maxEdges} edges`),
  });
}

export const ShareId = z.object({ id: z.string().min(1).max(64) });
