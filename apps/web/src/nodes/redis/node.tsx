import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NodeCard } from '../node-card.js';
import type { DesignerNode } from '../types.js';

/** Redis's own port (redis.conf), as the core's schema defaults it. */
const DEFAULT_PORT = 6379;

export const RedisCanvasNode = memo(function RedisCanvasNode({
  data,
  selected,
}: NodeProps<DesignerNode>) {
  const { node } = data;
  if (node.kind !== 'redis') return <NodeCard data={data} selected={selected} />;
  const detail = `Redis · ${node.host}:${node.port ?? DEFAULT_PORT}`;
  return <NodeCard data={data} selected={selected} detail={detail} />;
});
