/**
 * The inspector: the selection's form and connections (selection-inspector.tsx, loaded once the full
 * core has arrived: the forms use its schemas), or what to do when nothing single is selected.
 */
import { lazy, Suspense } from 'react';
import { useCore } from '../core/lazy-core.js';
import { useDesigner } from '../state/designer-context.js';
import type { Actions } from '../state/use-actions.js';

const SelectionInspector = lazy(() =>
  import('./selection-inspector.js').then((m) => ({ default: m.SelectionInspector })),
);

export function Inspector(props: { actions: Actions }) {
  const { state, readOnly } = useDesigner();
  const core = useCore();
  const { nodes } = state.selection;
  const hint = (
    <section className="inspector" aria-label="Inspector">
      <h2 className="panel-title">Inspector</h2>
      <p className="muted">
        {nodes.length > 1
          ? `${nodes.length} nodes selected. Delete removes them; Ctrl+C and Ctrl+V copy them.`
          : 'Select a node to edit it and wire it to others.'}
      </p>
      {nodes.length > 1 && !readOnly && (
        <button type="button" onClick={props.actions.groupIntoZone}>
          Group into a zone
        </button>
      )}
    </section>
  );
  if (!core) return hint;
  return (
    <Suspense fallback={hint}>
      <SelectionInspector actions={props.actions} fallback={hint} />
    </Suspense>
  );
}
