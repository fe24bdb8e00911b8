/** An edge that says what it carries when hovered or selected (the core's describeConnection). */
import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  useInternalNode,
  type EdgeProps,
} from '@xyflow/react';
import { floatingPath } from './floating-path.js';
import { coreNow } from '../core/lazy-core.js';
import { memo, useState } from 'react';
import type { DesignerEdge } from '../nodes/types.js';
import { useTopologyGetter } from '../state/designer-context.js';

export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<DesignerEdge>) {
  const a = useInternalNode(props.source);
  const b = useInternalNode(props.target);
  const [path, labelX, labelY] = a && b ? floatingPath(a, b) : getBezierPath(props);
  const [hovered, setHovered] = useState(false);
  const get = useTopologyGetter();
  const errors = props.data?.errors ?? 0;
  const messages = props.data?.messages ?? [];
  const lines =
    hovered || props.selected
      ? (coreNow()?.describeConnection(get(), props.source, props.target) ?? [])
      : [];
  const shown = [...lines, ...(hovered ? messages : [])];
  return (
    <>
      <g onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}>
        <BaseEdge
          id={props.id}
          path={path}
          interactionWidth={24}
          className={errors ? 'edge-error' : undefined}
        />
      </g>
      <EdgeLabelRenderer>
        {errors > 0 && (
          <span
            className="edge-badge nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            aria-label={`${errors} error${errors === 1 ? '' : 's'}`}
          >
            !
          </span>
        )}
        {shown.length > 0 && (
          <div
            role="tooltip"
            className="edge-tooltip"
            style={{ transform: `translate(-50%, 12px) translate(${labelX}px, ${labelY}px)` }}
          >
            {shown.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </div>
        )}
      </EdgeLabelRenderer>
    </>
  );
});

export const edgeTypes = { connection: ConnectionEdge };
