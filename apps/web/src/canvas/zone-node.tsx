/**
 * A zone on the canvas: a tinted, dashed area around its nodes with its kind and name on top.
 * Its title bar is the handle to drag it (its nodes move with it); the area lets clicks through to
 * the edges and the canvas under it.
 */
import { ZONE_LABELS } from '@apim-designer/topology/meta';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ZoneFlowNode } from '../nodes/types.js';

export const ZoneCanvasNode = memo(function ZoneCanvasNode({
  data,
  selected,
}: NodeProps<ZoneFlowNode>) {
  const { zone } = data;
  return (
    <div
      className="zone"
      data-zone-type={zone.type}
      data-selected={selected || undefined}
      style={{ width: data.width, height: data.height }}
    >
      <div className="zone-title">
        <span className="zone-type">{ZONE_LABELS[zone.type]}</span>
        <span className="zone-name">{zone.name || '(unnamed)'}</span>
      </div>
    </div>
  );
});
