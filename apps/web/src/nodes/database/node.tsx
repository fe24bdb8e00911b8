import { DATABASE_ENGINES } from '@apim-designer/topology';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NodeCard } from '../node-card.js';
import type { DesignerNode } from '../types.js';

export const DatabaseCanvasNode = memo(function DatabaseCanvasNode({
  data,
  selected,
}: NodeProps<DesignerNode>) {
  const { node } = data;
  if (node.kind !== 'database') return <NodeCard data={data} selected={selected} />;
  const engine = DATABASE_ENGINES[node.engine];
  const detail = `${engine.label} · ${node.host}:${node.port ?? engine.defaultPort}`;
  return <NodeCard data={data} selected={selected} detail={detail} />;
});
