/**
 * Diagnostics and the rendered bundle, computed in the browser with the core as the topology
 * changes. Issue 7 wants the panel ≤ 50 ms after an edit (100 nodes): while a check is quick it
 * runs in the edit's own render, so the keystroke and its diagnostics paint in one frame; above
 * LIVE_MAX_NODES nodes, where a check takes longer, edits wait for a 150 ms pause in typing.
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
/**
 * Up to this many nodes a check takes a few tens of ms on a 2-core machine (render is linear in the
 * node count): it runs on every edit. Larger documents wait for a pause in typing.
 */
export const LIVE_MAX_NODES = 200;

/** `value` after `ms` without a change; with `ms` 0, `value` itself (and the state keeps up). */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  if (ms === 0 && debounced !== value) setDebounced(value);
  useEffect(() => {
    if (ms === 0) return;
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return ms === 0 ? value : debounced;
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
  const core = useCore();
  const live = topology.nodes.length <= LIVE_MAX_NODES;
  const checked = useDebounced(topology, live ? 0 : DEBOUNCE_MS);
  const feedback = useMemo(
    () => (core ? core.computeFeedback(checked) : pendingFeedback(checked)),
    [core, checked],
  );
  return <FeedbackContext value={feedback}>{props.children}</FeedbackContext>;
}

export function useFeedback(): Feedback {
  const v = useContext(FeedbackContext);
  if (!v) throw new Error('useFeedback outside FeedbackProvider');
  return v;
}
