/** Zones that list nodes the document does not have (the schema checks the zones among themselves). */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { TopologyModel } from '../model.js';

export function checkZones(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  (model.topology.zones ?? []).forEach((zone, i) => {
    zone.nodes.forEach((id, j) => {
      if (model.node(id)) return;
      out.push(
        diagnostic(
          'zone-unknown-node',
          `Zone ${zone.name || zone.id} lists a node "${id}" that is not in the topology; it is left out of the zone. Remove it from the zone.`,
          { path: ['zones', i, 'nodes', j] },
        ),
      );
    });
  });
  return out;
}
