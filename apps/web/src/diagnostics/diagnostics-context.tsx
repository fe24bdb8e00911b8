/**
 * Diagnostics and the rendered bundle, computed in the browser with the core as the topology
 * changes. Issue 7 wants the panel ≤ 50 ms after an edit (100 nodes): up to LIVE_MAX_NODES nodes the
 * validation runs in the edit's own render, so the keystroke, its diagnostics and the selected
 * node's preview paint in one frame, and the bundle's file list follows in a deferred render; above
 * it, edits wait for a 150 ms pause in typing.
 */
import type { BundleFile, Topology } from '@apim-designer/topology';
import {
  createContext,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useCore } from '../core/lazy-core.js';
import { EMPTY_TOPOLOGY } from '../model/empty-topology.js';
import { useDesigner } from '../state/designer-context.js';
import type { Checks } from './checks.js';
import { EMPTY_CHECKS } from './empty-checks.js';

export interface Feedback extends Checks {
  /**
   * The bundle's files while `ok` (else null), from a deferred render: for a moment after an edit,
   * those of the document before it.
   */
  readonly files: readonly BundleFile[] | null;
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

/**
 * Until the core has arrived (first paint): the empty document's checks are known (the page
 * prerendered at build time shows them); any other document has not been checked yet.
 */
function pendingChecks(topology: Topology): Checks {
  if (topology === EMPTY_TOPOLOGY) return EMPTY_CHECKS;
  return {
    pending: true,
    topology,
    diagnostics: [],
    groups: [],
    ok: false,
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
  const checks = useMemo(
    () => (core ? core.checkTopology(checked) : pendingChecks(checked)),
    [core, checked],
  );
  // Generating every file is the slow half: it follows in a render of its own, after the
  // diagnostics and the preview of the edit have painted.
  const bundled = useDeferredValue(checks);
  const files = useMemo(
    () => (core && bundled.ok ? core.bundleFiles(bundled.topology) : null),
    [core, bundled],
  );
  const feedback = useMemo(() => ({ ...checks, files: checks.ok ? files : null }), [checks, files]);
  return <FeedbackContext value={feedback}>{props.children}</FeedbackContext>;
}

export function useFeedback(): Feedback {
  const v = useContext(FeedbackContext);
  if (!v) throw new Error('useFeedback outside FeedbackProvider');
  return v;
}
