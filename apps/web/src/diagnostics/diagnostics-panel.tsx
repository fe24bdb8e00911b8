/**
 * Every problem, grouped by the cause it shares, errors first. A group's fixes apply in one undoable
 * step; activating a problem selects its node (or opens Settings at the field, for the topology's
 * own settings) and brings it into view.
 */
import type { Diagnostic, DiagnosticGroup, QuickFix } from '@apim-designer/topology';
import { useId } from 'react';
import { withCore } from '../core/lazy-core.js';
import { applyFix } from '../model/apply-fix.js';
import { useDesigner, useDesignerDispatch, useTopologyGetter } from '../state/designer-context.js';
import type { Actions } from '../state/use-actions.js';
import { useStatus } from '../ui/status.js';
import { useFeedback } from './diagnostics-context.js';

export function summary(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.filter((d) => d.severity === 'warning').length;
  if (errors + warnings === 0) return 'No problems';
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

const HEADINGS = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;

export function DiagnosticsPanel(props: {
  actions: Actions;
  onOpenSettings: (path: readonly (string | number)[]) => void;
  /** The title folds the panel (under the canvas on a wide screen). */
  fold?: { open: boolean; onToggle: () => void };
  id?: string;
}) {
  const { diagnostics, groups, pending } = useFeedback();
  const { readOnly } = useDesigner();
  const dispatch = useDesignerDispatch();
  const get = useTopologyGetter();
  const { notify } = useStatus();
  const titleId = useId();
  const activate = (d: Diagnostic) => {
    if (d.nodeId !== undefined) props.actions.focusNode(d.nodeId);
    else if (d.edgeId !== undefined)
      dispatch({ type: 'select', selection: { nodes: [], edges: [d.edgeId] } });
    else if (d.path?.[0] === 'settings') props.onOpenSettings(d.path);
  };
  const apply = (fix: QuickFix) => {
    if (fix.type === 'settings') {
      props.onOpenSettings(fix.path);
      return;
    }
    withCore((core) => {
      const next = applyFix(get(), fix, core.addNode);
      dispatch({ type: 'commit', topology: next });
      notify('info', `${fix.label}: done. Ctrl+Z takes it back.`);
    });
  };
  const title = `Diagnostics (${pending ? 'checking…' : summary(diagnostics)})`;
  const open = props.fold?.open ?? true;
  return (
    <section className="diagnostics" aria-labelledby={titleId} id={props.id}>
      <h2 id={titleId} className="panel-title">
        {props.fold ? (
          <button
            type="button"
            className="fold"
            aria-expanded={props.fold.open}
            onClick={props.fold.onToggle}
          >
            <span className="fold-mark" aria-hidden="true">
              {props.fold.open ? '▾' : '▸'}
            </span>
            {title}
          </button>
        ) : (
          title
        )}
      </h2>
      {open && (
        <div className="diagnostics-body">
          {!pending && diagnostics.length === 0 && <p className="muted">Nothing to report.</p>}
          {(['error', 'warning', 'info'] as const).map((severity) => {
            const list = groups.filter((g) => g.severity === severity);
            if (list.length === 0) return null;
            const count = list.reduce((n, g) => n + g.diagnostics.length, 0);
            return (
              <div key={severity} className="diagnostic-group">
                <h3>
                  {HEADINGS[severity]} ({count})
                </h3>
                <ul aria-label={HEADINGS[severity]}>
                  {list.map((g) => (
                    <Group
                      key={g.key}
                      group={g}
                      onActivate={activate}
                      onFix={readOnly ? null : apply}
                    />
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}

function Item(props: { d: Diagnostic; onActivate: (d: Diagnostic) => void }) {
  const { d } = props;
  return (
    <button
      type="button"
      className="diagnostic"
      data-severity={d.severity}
      data-code={d.code}
      onClick={() => props.onActivate(d)}
    >
      <span className="severity-dot" aria-hidden="true" />
      <span>{d.message}</span>
    </button>
  );
}

function Fixes(props: { group: DiagnosticGroup; onFix: ((f: QuickFix) => void) | null }) {
  const { onFix } = props;
  if (!onFix || props.group.fixes.length === 0) return null;
  return (
    <div className="fixes">
      {props.group.fixes.map((f) => (
        <button key={f.label} type="button" className="fix" onClick={() => onFix(f)}>
          {f.label}
        </button>
      ))}
    </div>
  );
}

function Group(props: {
  group: DiagnosticGroup;
  onActivate: (d: Diagnostic) => void;
  onFix: ((f: QuickFix) => void) | null;
}) {
  const { group } = props;
  const [first] = group.diagnostics;
  if (group.title === null && first)
    return (
      <li>
        <Item d={first} onActivate={props.onActivate} />
        <Fixes group={group} onFix={props.onFix} />
      </li>
    );
  return (
    <li className="diagnostic-cause" data-severity={group.severity}>
      <p className="cause">
        <span className="severity-dot" aria-hidden="true" />
        <span>{group.title}</span>
      </p>
      <Fixes group={group} onFix={props.onFix} />
      {/* A few related problems are listed at once; a long list folds behind its count. */}
      <details open={group.diagnostics.length <= 3}>
        <summary>
          {group.diagnostics.length} related problem{group.diagnostics.length === 1 ? '' : 's'}
        </summary>
        <ul aria-label={`Problems: ${group.title ?? ''}`}>
          {group.diagnostics.map((d, i) => (
            <li key={`${d.code}-${i}`}>
              <Item d={d} onActivate={props.onActivate} />
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
