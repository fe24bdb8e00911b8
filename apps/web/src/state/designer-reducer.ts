/** The working document, its undo history and the selection: one reducer, pure. */
import type { Topology } from '@apim-designer/topology';
import {
  checkpoint,
  commit,
  createHistory,
  redo,
  replace,
  undo,
  type History,
} from '../model/history.js';

export interface Selection {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export interface DesignerState {
  readonly history: History<Topology>;
  readonly selection: Selection;
}

export type DesignerAction =
  | { type: 'commit'; topology: Topology; key?: string; select?: Selection }
  | { type: 'replace'; topology: Topology }
  | { type: 'checkpoint' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'select'; selection: Selection }
  | { type: 'select-changes'; nodes: readonly SelectChange[]; edges: readonly SelectChange[] }
  | { type: 'reset'; topology: Topology };

export interface SelectChange {
  readonly id: string;
  readonly selected: boolean;
}

function applyChanges(ids: readonly string[], changes: readonly SelectChange[]): readonly string[] {
  if (changes.length === 0) return ids;
  const set = new Set(ids);
  for (const c of changes) {
    if (c.selected) set.add(c.id);
    else set.delete(c.id);
  }
  return [...set];
}

export const NO_SELECTION: Selection = { nodes: [], edges: [] };

export function initialState(topology: Topology): DesignerState {
  return { history: createHistory(topology), selection: NO_SELECTION };
}

/** Drop selected ids that no longer exist (after undo, redo, delete). */
function prune(selection: Selection, t: Topology): Selection {
  // Zones are selected on the canvas like nodes.
  const nodes = selection.nodes.filter(
    (id) => t.nodes.some((n) => n.id === id) || (t.zones ?? []).some((z) => z.id === id),
  );
  const edgeIds = new Set(t.edges.map((e) => e.id));
  const edges = selection.edges.filter((id) => edgeIds.has(id));
  if (nodes.length === selection.nodes.length && edges.length === selection.edges.length)
    return selection;
  return { nodes, edges };
}

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  switch (action.type) {
    case 'commit': {
      const history = commit(state.history, action.topology, action.key ?? null);
      return { history, selection: prune(action.select ?? state.selection, history.present) };
    }
    case 'replace':
      return { ...state, history: replace(state.history, action.topology) };
    case 'checkpoint':
      return { ...state, history: checkpoint(state.history) };
    case 'undo':
    case 'redo': {
      const history = action.type === 'undo' ? undo(state.history) : redo(state.history);
      return { history, selection: prune(state.selection, history.present) };
    }
    case 'select':
      return { ...state, selection: action.selection };
    case 'select-changes':
      return {
        ...state,
        selection: {
          nodes: applyChanges(state.selection.nodes, action.nodes),
          edges: applyChanges(state.selection.edges, action.edges),
        },
      };
    case 'reset':
      return initialState(action.topology);
  }
}
