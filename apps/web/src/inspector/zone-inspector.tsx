/** A selected zone: its name and kind, its nodes (remove one, add one), and removing it. */
import { ZONE_LABELS, ZONE_TYPES, type Topology, type Zone } from '@apim-designer/topology';
import { useId } from 'react';
import { removeZones, setNodeZone, updateZone, zoneOf } from '../model/zone-edits.js';
import { useDesignerDispatch } from '../state/designer-context.js';
import { SelectField, TextField } from './fields.js';

export function ZoneInspector(props: { zone: Zone; topology: Topology; readOnly: boolean }) {
  const { zone, topology, readOnly } = props;
  const dispatch = useDesignerDispatch();
  const addId = useId();
  const commit = (t: Topology, key?: string) =>
    dispatch({ type: 'commit', topology: t, ...(key ? { key } : {}) });
  const members = zone.nodes
    .map((id) => topology.nodes.find((n) => n.id === id))
    .filter((n) => n !== undefined);
  const others = topology.nodes.filter((n) => zoneOf(topology, n.id)?.id !== zone.id);
  return (
    <section className="inspector" aria-label={`Inspector: zone ${zone.name}`}>
      <h2 className="panel-title">{zone.name || '(unnamed zone)'}</h2>
      <p className="muted">{ZONE_LABELS[zone.type]} · zone</p>
      <form className="form" key={zone.id} onSubmit={(e) => e.preventDefault()}>
        <TextField
          label="Zone name"
          value={zone.name}
          readOnly={readOnly}
          apply={(name) => {
            commit(updateZone(topology, { ...zone, name }), `zone-name:${zone.id}`);
            return null;
          }}
        />
        <SelectField
          label="Zone kind"
          value={zone.type}
          readOnly={readOnly}
          options={ZONE_TYPES.map((t) => ({ value: t, label: ZONE_LABELS[t] }))}
          onChange={(type) => commit(updateZone(topology, { ...zone, type }))}
        />
      </form>
      <h3>Nodes in this zone</h3>
      <ul className="connection-list">
        {members.map((n) => (
          <li key={n.id} className="connection-head">
            <span>{n.name}</span>
            {!readOnly && (
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${n.name} from the zone`}
                onClick={() => commit(setNodeZone(topology, n.id, null))}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && others.length > 0 && (
        <div className="connect-row">
          <label htmlFor={addId}>Add a node</label>
          <select
            id={addId}
            value=""
            onChange={(e) =>
              e.target.value && commit(setNodeZone(topology, e.target.value, zone.id))
            }
          >
            <option value="">Choose a node…</option>
            {others.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {!readOnly && (
        <button
          type="button"
          onClick={() =>
            dispatch({
              type: 'commit',
              topology: removeZones(topology, new Set([zone.id])),
              select: { nodes: [], edges: [] },
            })
          }
        >
          Remove zone (keeps its nodes)
        </button>
      )}
    </section>
  );
}
