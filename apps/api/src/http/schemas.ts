/**
 * Request and response schemas. The document is the core's `Topology` schema; the few shapes
 * the core declares only as TypeScript types (Diagnostic, BundleFile) are mirrored here and
 * checked against those types at compile time.
 */
import {
  DIAGNOSTIC_CODES,
  SEVERITIES,
  Topology,
  type BundleFile as CoreBundleFile,
  type Diagnostic as CoreDiagnostic,
  type DiagnosticCode,
} from '@apim-designer/topology';
import { z } from 'zod';

const codes = Object.keys(DIAGNOSTIC_CODES).filter(
  (k): k is DiagnosticCode => k in DIAGNOSTIC_CODES,
);

export const Diagnostic = z
  .object({
    code: z.enum(codes),
    severity: z.enum(SEVERITIES),
    message: z.string(),
    nodeId: z.string().optional(),
    edgeId: z.string().optional(),
    path: z
      .array(z.union([z.string(), z.number()]))
      .readonly()
      .optional(),
  })
  .meta({ id: 'Diagnostic' });

export const BundleFile = z.object({ path: z.string(), contents: z.string() });

// Both directions: the mirror may neither drop nor invent a field.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const diagnosticMatches: Same<z.infer<typeof Diagnostic>, CoreDiagnostic> = true;
const bundleFileMatches: Same<z.infer<typeof BundleFile>, CoreBundleFile> = true;
export const MIRRORS_MATCH = diagnosticMatches && bundleFileMatches;

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
