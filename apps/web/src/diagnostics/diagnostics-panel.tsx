/** Every problem, by severity. Activating one selects its node and brings it into view. */
import type { Diagnostic } from '@apim-designer/topology';
import { SEVERITIES, type Severity } from '@apim-designer/topology/meta';
import { useDesignerDispatch } from '../state/designer-context.js';
import type { Actions } from '../state/use-actions.js';
import { useFeedback } from './diagnostics-context.js';

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

export function summary(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.filter((d) => d.severity === 'warning').length;
  if (errors + warnings === 0) return 'No problems';
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export function DiagnosticsPanel(props: { actions: Actions }) {
  const { diagnostics, pending } = useFeedback();
  const dispatch = useDesignerDispatch();
  const activate = (d: Diagnostic) => {
    if (d.nodeId !== undefined) props.actions.focusNode(d.nodeId);
    else if (d.edgeId !== undefined)
      dispatch({ type: 'select', selection: { nodes: [], edges: [d.edgeId] } });
  };
  return (
    <section className="diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title" className="panel-title">
        Diagnostics <span className="muted">({pending ? 'checking…' : summary(diagnostics)})</span>
      </h2>
      {!pending && diagnostics.length === 0 && <p className="muted">Nothing to report.</p>}
      {SEVERITIES.map((severity) => {
        const list = diagnostics.filter((d) => d.severity === severity);
        if (list.length === 0) return null;
        return (
          <div key={severity} className="diagnostic-group">
            <h3>
              {HEADINGS[severity]} ({list.length})
            </h3>
            <ul aria-label={HEADINGS[severity]}>
              {list.map((d, i) => (
                <li key={`${d.code}-${i}`}>
                  <button
                    type="button"
                    className="diagnostic"
                    data-severity={d.severity}
                    data-code={d.code}
                    onClick={() => activate(d)}
                  >
                    <span className="severity-dot" aria-hidden="true" />
                    <span>{d.message}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
