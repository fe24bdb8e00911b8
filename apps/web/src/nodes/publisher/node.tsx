import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NodeCard } from '../node-card.js';
import type { DesignerNode } from '../types.js';

export const PublisherCanvasNode = memo(function PublisherCanvasNode({
  data,
  selected,
}: NodeProps<DesignerNode>) {
  return <NodeCard data={data} selected={selected} />;
});
