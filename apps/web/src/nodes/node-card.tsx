/** The card every kind draws on the canvas: icon, name, kind, a detail line and problem badges. */
import type { Node } from '@apim-designer/topology';
import { KIND_META } from '@apim-designer/topology/meta';
import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import { KindIcon } from './icons.js';
import type { NodeData } from './types.js';

export function problemText(errors: number, warnings: number): string {
  const parts = [];
  if (errors) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}

export function hostLine(node: Node): string {
  return 'offset' in node ? `${node.host} · offset ${node.offset}` : node.host;
}

export function NodeCard(props: { data: NodeData; selected: boolean; detail?: ReactNode }) {
  const { node, errors, warnings, readOnly } = props.data;
  const def = KIND_META[node.kind];
  const problems = problemText(errors, warnings);
  return (
    <div
      className="node-card"
      data-kind={node.kind}
      data-category={def.category}
      data-selected={props.selected || undefined}
    >
      <Handle type="target" position={Position.Top} isConnectable={!readOnly} />
      <span className="node-icon">
        <KindIcon icon={def.icon} size={22} />
      </span>
      <span className="node-text">
        <span className="node-name">{node.name || '(unnamed)'}</span>
        <span className="node-kind">{def.label}</span>
        <span className="node-detail">{props.detail ?? hostLine(node)}</span>
      </span>
      {problems && (
        <span
          className="node-badge"
          data-severity={errors ? 'error' : 'warning'}
          title={problems}
          aria-label={problems}
        >
          {errors || warnings}
        </span>
      )}
      <Handle type="source" position={Position.Bottom} isConnectable={!readOnly} />
    </div>
  );
}
