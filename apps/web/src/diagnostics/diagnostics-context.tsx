/**
 * Diagnostics and the rendered bundle, computed in the browser with the core as the topology
 * changes, debounced so typing stays smooth.
 */
import { render, type Diagnostic, type RenderResult, type Topology } from '@apim-designer/topology';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useDesigner } from '../state/designer-context.js';

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
}

export interface Feedback {
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
  return { topology, diagnostics: result.diagnostics, result, byNode, byEdge };
}

const FeedbackContext = createContext<Feedback | null>(null);

export function FeedbackProvider(props: { children: ReactNode }) {
  const { topology } = useDesigner();
  const debounced = useDebounced(topology, DEBOUNCE_MS);
  const feedback = useMemo(() => computeFeedback(debounced), [debounced]);
  return <FeedbackContext value={feedback}>{props.children}</FeedbackContext>;
}

export function useFeedback(): Feedback {
  const v = useContext(FeedbackContext);
  if (!v) throw new Error('useFeedback outside FeedbackProvider');
  return v;
}
