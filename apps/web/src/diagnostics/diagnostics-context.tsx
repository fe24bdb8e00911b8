/**
 * Diagnostics and the rendered bundle, computed in the browser with the core as the topology
 * changes, debounced so typing stays smooth.
 */
import type { Diagnostic, RenderResult, Topology } from '@apim-designer/topology';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useCore } from '../core/lazy-core.js';
import { useDesigner } from '../state/designer-context.js';

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
}

export interface Feedback {
  /** True until the core has loaded: nothing has been checked yet. */
  readonly pending: boolean;
  /** The document these were computed from (debounced behind the working one). */
  readonly topology: Topology;
  readonly diagnostics: readonly Diagnostic[];
  readonly result: RenderResult;
  readonly byNode: ReadonlyMap<string, Counts>;
  readonly byEdge: ReadonlyMap<string, Counts & { messages: readonly string[] }>;
}

export const DEBOUNCE_MS = 150;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

/** Until the core has arrived (first paint): nothing computed yet. */
function pendingFeedback(topology: Topology): Feedback {
  return {
    pending: true,
    topology,
    diagnostics: [],
    result: { ok: false, diagnostics: [] },
    byNode: new Map(),
    byEdge: new Map(),
  };
}

const FeedbackContext = createContext<Feedback | null>(null);

export function FeedbackProvider(props: { children: ReactNode }) {
  const { topology } = useDesigner();
  const debounced = useDebounced(topology, DEBOUNCE_MS);
  const core = useCore();
  const feedback = useMemo(
    () => (core ? core.computeFeedback(debounced) : pendingFeedback(debounced)),
    [core, debounced],
  );
  return <FeedbackContext value={feedback}>{props.children}</FeedbackContext>;
}

export function useFeedback(): Feedback {
  const v = useContext(FeedbackContext);
  if (!v) throw new Error('useFeedback outside FeedbackProvider');
  return v;
}
