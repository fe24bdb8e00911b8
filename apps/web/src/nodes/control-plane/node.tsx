import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NodeCard } from '../node-card.js';
import type { DesignerNode } from '../types.js';

export const ControlPlaneCanvasNode = memo(function ControlPlaneCanvasNode({
  data,
  selected,
}: NodeProps<DesignerNode>) {
  return <NodeCard data={data} selected={selected} />;
});
