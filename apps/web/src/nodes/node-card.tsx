/** The card every kind draws on the canvas: icon, name, kind, a detail line and problem badges. */
import type { Node } from '@apim-designer/topology';
import { KIND_META } from '@apim-designer/topology/meta';
import { Handle, Position, useStore, type ReactFlowState } from '@xyflow/react';
import { useState, type ReactNode } from 'react';
import { useWiring } from '../canvas/wiring.js';
import { TONE_WORDS, useNodeCheck } from '../verify/check-context.js';
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

/**
 * Below this zoom the card's small print (icon, kind, detail) is a few pixels high: the card then
 * shows its name only, large, and the kind's colour. A zoomed-out canvas of hundreds of nodes paints
 * (and, in Chrome, layerizes) a fraction of the elements on every drag step (issue 7).
 */
export const DETAIL_ZOOM = 0.45;
const isFar = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;

export function NodeCard(props: { data: NodeData; selected: boolean; detail?: ReactNode }) {
  const { node, errors, warnings, readOnly } = props.data;
  const def = KIND_META[node.kind];
  const problems = problemText(errors, warnings);
  const far = useStore(isFar);
  const check = useNodeCheck(node.id);
  const mark = check && (
    <span
      className="check-mark"
      data-tone={check.tone}
      title={`Deployment check: ${check.summary}`}
      aria-label={`Deployment check: ${TONE_WORDS[check.tone]}, ${check.summary}`}
    >
      {check.tone === 'ok' ? '✓' : check.tone === 'missing' ? '?' : '!'}
    </span>
  );
  const wiring = useWiring(node.id);
  const [hovered, setHovered] = useState(false);
  // Errors and warnings each have a badge: a card with warnings only is not "fine".
  const badge = problems && (
    <span className="node-badges" title={problems} aria-label={problems}>
      {errors > 0 && (
        <span className="node-badge" data-severity="error" aria-hidden="true">
          {errors}
        </span>
      )}
      {warnings > 0 && (
        <span className="node-badge" data-severity="warning" aria-hidden="true">
          {warnings}
        </span>
      )}
    </span>
  );
  const guide = {
    'data-wiring': wiring.state === 'idle' ? undefined : wiring.state,
    onMouseEnter: () => setHovered(true),
    onMouseLeave: () => setHovered(false),
  };
  const reason = wiring.state === 'refused' && hovered && (
    <span className="wiring-reason" role="tooltip">
      {wiring.reason}
    </span>
  );
  if (far)
    return (
      <div
        className="node-card node-card-far"
        data-kind={node.kind}
        data-category={def.category}
        data-selected={props.selected || undefined}
        data-check={check?.tone}
        {...guide}
      >
        <Handle type="target" position={Position.Top} isConnectable={!readOnly} />
        <span className="node-far-name">{node.name || '(unnamed)'}</span>
        {badge}
        {mark}
        {reason}
        <Handle type="source" position={Position.Bottom} isConnectable={!readOnly} />
      </div>
    );
  return (
    <div
      className="node-card"
      data-kind={node.kind}
      data-category={def.category}
      data-selected={props.selected || undefined}
      data-check={check?.tone}
      {...guide}
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
      {badge}
      {mark}
      {reason}
      <Handle type="source" position={Position.Bottom} isConnectable={!readOnly} />
    </div>
  );
}
