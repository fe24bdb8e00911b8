/** The selected node's form (from its kind's folder) and its connections; or the selected edge. */
import { describeConnection, KINDS } from '@apim-designer/topology';
import { lazy, Suspense, type ReactNode } from 'react';
import { useFeedback } from '../diagnostics/diagnostics-context.js';
import { edgeId, removeElements } from '../model/ops.js';
import { KindIcon } from '../nodes/icons.js';
import { KindForm } from '../nodes/forms.js';
import { useDesigner, useDesignerDispatch } from '../state/designer-context.js';
import type { Actions } from '../state/use-actions.js';
import { CheckSection } from '../verify/check-section.js';
import { ConnectionsSection } from './connections-section.js';
import { NodeZoneField } from './node-zone-field.js';
import { ZoneInspector } from './zone-inspector.js';

// Only imported nodes have kept keys: loaded when one is selected.
const ExtraConfigSection = lazy(() => import('./extra-config-section.js'));

/** `fallback` when neither one node nor one edge is selected. */
export function SelectionInspector(props: { actions: Actions; fallback: ReactNode }) {
  const { topology, state, readOnly } = useDesigner();
  const dispatch = useDesignerDispatch();
  const { diagnostics } = useFeedback();
  const { nodes, edges } = state.selection;
  const node = nodes.length === 1 ? topology.nodes.find((n) => n.id === nodes[0]) : undefined;
  const zone = nodes.length === 1 ? topology.zones?.find((z) => z.id === nodes[0]) : undefined;
  if (zone) return <ZoneInspector zone={zone} topology={topology} readOnly={readOnly} />;

  if (node) {
    const def = KINDS[node.kind];
    const problems = diagnostics.filter((d) => d.nodeId === node.id && (d.path?.length ?? 0) <= 2);
    return (
      <section className="inspector" aria-label={`Inspector: ${node.name || def.label}`}>
        <header className="inspector-head">
          <KindIcon icon={def.icon} />
          <div>
            <h2 className="panel-title">{node.name || '(unnamed)'}</h2>
            <p className="muted">{def.label}</p>
          </div>
        </header>
        <p className="kind-help">{def.description}</p>
        {problems.length > 0 && (
          <ul className="inspector-problems">
            {problems.map((d, i) => (
              <li key={i} data-severity={d.severity}>
                {d.message}
              </li>
            ))}
          </ul>
        )}
        <CheckSection nodeId={node.id} />
        {/* Keyed by id: another node's form starts from that node's values. */}
        <form className="form" key={node.id} onSubmit={(e) => e.preventDefault()}>
          <KindForm kind={node.kind} node={node} readOnly={readOnly} />
        </form>
        {'extraConfig' in node && node.extraConfig && (
          <Suspense fallback={null}>
            <ExtraConfigSection
              nodeName={node.name}
              extra={node.extraConfig}
              note={
                diagnostics.find((d) => d.nodeId === node.id && d.code === 'extra-config-kept')
                  ?.message
              }
            />
          </Suspense>
        )}
        {(topology.zones?.length ?? 0) > 0 && <NodeZoneField node={node} />}
        <ConnectionsSection node={node} actions={props.actions} />
        {!readOnly && (
          <button type="button" onClick={() => props.actions.deleteSelection(node.id)}>
            Delete node
          </button>
        )}
      </section>
    );
  }

  const index =
    edges.length === 1 ? topology.edges.findIndex((e, i) => edgeId(e, i) === edges[0]) : -1;
  const edge = topology.edges[index];
  if (edge) {
    const name = (id: string) => topology.nodes.find((n) => n.id === id)?.name ?? id;
    const id = edgeId(edge, index);
    return (
      <section className="inspector" aria-label="Inspector: connection">
        <h2 className="panel-title">
          {name(edge.source)} — {name(edge.target)}
        </h2>
        <ul className="connection-list">
          {describeConnection(topology, edge.source, edge.target).map((line) => (
            <li key={line} className="connection-carries">
              {line}
            </li>
          ))}
        </ul>
        <CheckSection edgeId={id} />
        {!readOnly && (
          <button
            type="button"
            onClick={() =>
              dispatch({
                type: 'commit',
                topology: removeElements(topology, new Set(), new Set([id])),
                select: { nodes: [], edges: [] },
              })
            }
          >
            Delete connection
          </button>
        )}
      </section>
    );
  }

  return props.fallback;
}
