/** The inspector's part of a check: what it found for the selected node or edge. */
import { useDesigner } from '../state/designer-context.js';
import { TONE_WORDS, useCheck, type ElementCheck } from './check-context.js';
import { CheckLines } from './check-lines.js';

export function CheckSection(props: { nodeId?: string; edgeId?: string }) {
  const { view, show } = useCheck();
  const { topology } = useDesigner();
  if (!view) return null;
  const found: ElementCheck | undefined =
    props.nodeId !== undefined
      ? view.nodes.get(props.nodeId)
      : props.edgeId !== undefined
        ? view.edges.get(props.edgeId)
        : undefined;
  if (!found) return null;
  return (
    <section className="check-section" aria-label="Deployment check">
      <h3 className="panel-title">
        Deployment check:{' '}
        <span className="check-status" data-tone={found.tone}>
          {found.summary}
        </span>
      </h3>
      <p className="muted">
        {TONE_WORDS[found.tone]}, from {view.source}.
        {view.design !== topology && ' The design has changed since: check again to be sure.'}
      </p>
      {found.lines.length > 0 && <CheckLines label="What the check found" lines={found.lines} />}
      <button type="button" onClick={() => show(null)}>
        Clear the check from the canvas
      </button>
    </section>
  );
}
