import { KIND_META } from '@apim-designer/topology/meta';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NodeCard } from '../node-card.js';
import type { DesignerNode } from '../types.js';

export const LoadBalancerCanvasNode = memo(function LoadBalancerCanvasNode({
  data,
  selected,
}: NodeProps<DesignerNode>) {
  const { node } = data;
  const fronts = node.kind === 'load-balancer' ? ` · fronts ${KIND_META[node.fronts].label}` : '';
  return <NodeCard data={data} selected={selected} detail={`${node.host}${fronts}`} />;
});
