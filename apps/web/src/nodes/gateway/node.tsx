import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { hostLine, NodeCard } from '../node-card.js';
import type { DesignerNode } from '../types.js';

export const GatewayCanvasNode = memo(function GatewayCanvasNode({
  data,
  selected,
}: NodeProps<DesignerNode>) {
  const env = 'environment' in data.node ? data.node.environment : null;
  return (
    <NodeCard
      data={data}
      selected={selected}
      detail={
        <>
          {hostLine(data.node)}
          {env && <span className="node-env">{env.name}</span>}
        </>
      }
    />
  );
});
