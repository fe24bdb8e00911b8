/** What the panels know of a document's diagnostics (computed by compute-feedback.ts). */
import type { Diagnostic, DiagnosticGroup, Topology } from '@apim-designer/topology';

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
}

export interface Checks {
  /** True until the core has loaded: nothing has been checked yet. */
  readonly pending: boolean;
  /** The document these were computed from (debounced behind the working one above 200 nodes). */
  readonly topology: Topology;
  readonly diagnostics: readonly Diagnostic[];
  /** The diagnostics grouped by cause, with quick fixes (the core's groupDiagnostics). */
  readonly groups: readonly DiagnosticGroup[];
  /** No errors: the bundle can be built. */
  readonly ok: boolean;
  readonly byNode: ReadonlyMap<string, Counts>;
  readonly byEdge: ReadonlyMap<string, Counts & { messages: readonly string[] }>;
}
