/** What the node is wired to, what each connection carries, and the keyboard way to add one. */
import { describeConnection, KINDS, type Node } from '@apim-designer/topology';
import { useId, useState } from 'react';
import { connectionCandidates, edgeId } from '../model/ops.js';
import { useDesigner, useDesignerDispatch } from '../state/designer-context.js';
import type { Actions } from '../state/use-actions.js';
import { removeElements } from '../model/ops.js';

export function ConnectionsSection(props: { node: Node; actions: Actions }) {
  const { node, actions } = props;
  const { topology, readOnly } = useDesigner();
  const dispatch = useDesignerDispatch();
  const selectId = useId();
  const candidates = connectionCandidates(topology, node.id);
  const [choice, setChoice] = useState('');
  const target = candidates.find((c) => c.id === choice) ?? candidates[0];
  const names = new Map(topology.nodes.map((n) => [n.id, n]));
  const links = topology.edges.flatMap((e, i) => {
    const other = e.source === node.id ? e.target : e.target === node.id ? e.source : null;
    return other === null ? [] : [{ id: edgeId(e, i), other: names.get(other), otherId: other }];
  });
  const allowed = KINDS[node.kind].connectsTo.map((k) => KINDS[k].label).join(', ');
  return (
    <section className="connections" aria-labelledby={`${selectId}-h`}>
      <h3 id={`${selectId}-h`}>Connections</h3>
      {links.length === 0 ? (
        <p className="muted">Not connected yet.</p>
      ) : (
        <ul className="connection-list">
          {links.map((l) => (
            <li key={l.id}>
              <div className="connection-head">
                <span>
                  {l.other ? `${l.other.name} (${KINDS[l.other.kind].label})` : l.otherId}
                </span>
                {!readOnly && (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Disconnect ${l.other?.name ?? l.otherId}`}
                    onClick={() =>
                      dispatch({
                        type: 'commit',
                        topology: removeElements(topology, new Set(), new Set([l.id])),
                      })
                    }
                  >
                    Disconnect
                  </button>
                )}
              </div>
              {describeConnection(topology, node.id, l.otherId).map((line) => (
                <p key={line} className="connection-carries">
                  {line}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="connect-row">
          <label htmlFor={selectId}>Connect to</label>
          <div className="row">
            <select
              id={selectId}
              value={target?.id ?? ''}
              disabled={candidates.length === 0}
              onChange={(e) => setChoice(e.target.value)}
            >
              {candidates.length === 0 && <option value="">No node to connect</option>}
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({KINDS[c.kind].label})
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!target}
              onClick={() => target && actions.join(node.id, target.id)}
            >
              Connect
            </button>
          </div>
          <p className="field-help">
            {KINDS[node.kind].label} connects to: {allowed}.
          </p>
        </div>
      )}
    </section>
  );
}
