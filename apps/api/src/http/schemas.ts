/**
 * Request and response schemas: the core's zod schemas (the document, diagnostics, bundle files),
 * with this server's limits and OpenAPI names added; nothing is typed twice.
 */
import {
  BundleFile as CoreBundleFile,
  DEPLOY_TARGETS,
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

/**
 * The core's document schema, with this server's limits on nodes and edges in place of the core's
 * (so the message names MAX_NODES / MAX_EDGES). zod checks an array's length before its elements,
 * so a document over the limit is refused without validating a single node.
 */
export function topologyBody(limits: DocumentLimits) {
  return Topology.extend({
    nodes: z
      .array(Topology.shape.nodes.element)
      .max(limits.maxNodes, `at most ${limits.maxNodes} nodes`),
    edges: z
      .array(Topology.shape.edges.element)
      .max(limits.maxEdges, `at most ${limits.maxEdges} edges`),
  });
}

/**
 * `?target=`: what the bundle is for (the core's deploy targets); validation then also reports what
 * the target cannot express. The document is the body as it is, so the target is not a body field.
 */
export const TargetQuery = z.object({
  target: z
    .enum(DEPLOY_TARGETS)
    .default('vm')
    .describe(
      "vm: a folder per server (the default); compose: compose.yaml on WSO2's images; helm: values for WSO2's Helm charts and install.sh",
    ),
});

export const ShareId = z.object({ id: z.string().min(1).max(64) });
