/** Which zone a node is in: the keyboard's way to move a node into or out of a zone. */
import type { Node } from '@apim-designer/topology';
import { ZONE_LABELS } from '@apim-designer/topology/meta';
import { setNodeZone, zoneOf } from '../model/zone-edits.js';
import { useDesigner, useDesignerDispatch } from '../state/designer-context.js';
import { SelectField } from './fields.js';

export function NodeZoneField(props: { node: Node }) {
  const { topology, readOnly } = useDesigner();
  const dispatch = useDesignerDispatch();
  const current = zoneOf(topology, props.node.id)?.id ?? '';
  return (
    <SelectField
      label="Zone"
      value={current}
      readOnly={readOnly}
      options={[
        { value: '', label: 'None' },
        ...(topology.zones ?? []).map((z) => ({
          value: z.id,
          label: `${z.name || z.id} (${ZONE_LABELS[z.type]})`,
        })),
      ]}
      onChange={(id) =>
        dispatch({ type: 'commit', topology: setNodeZone(topology, props.node.id, id || null) })
      }
    />
  );
}
