import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCore } from '../../core/lazy-core.js';
import { NodeCard } from '../node-card.js';
import type { DesignerNode } from '../types.js';

export const DatabaseCanvasNode = memo(function DatabaseCanvasNode({
  data,
  selected,
}: NodeProps<DesignerNode>) {
  const { node } = data;
  // A document with nodes was parsed or built with the core, so it is here by now.
  const engine = useCore()?.DATABASE_ENGINES[node.kind === 'database' ? node.engine : 'mysql'];
  if (node.kind !== 'database' || !engine) return <NodeCard data={data} selected={selected} />;
  const detail = `${engine.label} · ${node.host}:${node.port ?? engine.defaultPort}`;
  return <NodeCard data={data} selected={selected} detail={detail} />;
});
