/** The zones as canvas nodes, around the boxes of their nodes (outermost first, painted below). */
import type { Topology } from '@apim-designer/topology';
import { ZONE_LABELS } from '@apim-designer/topology/meta';
import { useMemo } from 'react';
import { zoneBoxes } from '../model/zone-boxes.js';
import type { ZoneFlowNode } from '../nodes/types.js';
import type { Selection } from '../state/designer-reducer.js';
import type { Rect } from './routing/geometry.js';

export function useZoneNodes(
  topology: Topology,
  boxes: ReadonlyMap<string, Rect>,
  selection: Selection,
  readOnly: boolean,
): ZoneFlowNode[] {
  return useMemo(() => {
    if (!topology.zones || topology.zones.length === 0) return [];
    const rects = zoneBoxes(topology, (id) => boxes.get(id));
    const selected = new Set(selection.nodes);
    const out: ZoneFlowNode[] = [];
    for (const [id, r] of rects) {
      const zone = topology.zones.find((z) => z.id === id);
      if (!zone) continue;
      out.push({
        id,
        type: 'zone',
        position: { x: r.x, y: r.y },
        data: { zone, width: r.w, height: r.h, readOnly },
        selected: selected.has(id),
        draggable: !readOnly,
        connectable: false,
        zIndex: -1,
        ariaLabel: `${ZONE_LABELS[zone.type]} ${zone.name || '(unnamed)'}, zone of ${zone.nodes.length} node${zone.nodes.length === 1 ? '' : 's'}`,
        // Only the title bar takes the pointer (styles.css); the size keeps React Flow from waiting for a measure.
        width: r.w,
        height: r.h,
      });
    }
    return out;
  }, [topology, boxes, selection.nodes, readOnly]);
}
