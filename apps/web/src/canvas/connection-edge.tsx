/**
 * An edge that says what it carries, and what is wrong with it, when it is hovered, has keyboard
 * focus (Tab reaches React Flow's edge wrapper) or is selected (the core's describeConnection).
 */
import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  useInternalNode,
  type EdgeProps,
} from '@xyflow/react';
import { floatingPath } from './floating-path.js';
import { coreNow } from '../core/lazy-core.js';
import { memo, useEffect, useRef, useState } from 'react';
import type { DesignerEdge } from '../nodes/types.js';
import { useTopologyGetter } from '../state/designer-context.js';
import { useEdgeCheck } from '../verify/check-context.js';

export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<DesignerEdge>) {
  const a = useInternalNode(props.source);
  const b = useInternalNode(props.target);
  const [path, labelX, labelY] = a && b ? floatingPath(a, b) : getBezierPath(props);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const ref = useRef<SVGGElement>(null);
  // The focusable element is React Flow's wrapper around this component.
  useEffect(() => {
    const wrapper = ref.current?.closest('.react-flow__edge');
    if (!wrapper) return;
    const focus = () => setFocused(true);
    const blur = () => setFocused(false);
    wrapper.addEventListener('focus', focus);
    wrapper.addEventListener('blur', blur);
    return () => {
      wrapper.removeEventListener('focus', focus);
      wrapper.removeEventListener('blur', blur);
    };
  }, []);
  const get = useTopologyGetter();
  const check = useEdgeCheck(props.id);
  const errors = props.data?.errors ?? 0;
  const messages = [
    ...(props.data?.messages ?? []),
    ...(check ? [`Deployment check: ${check.summary}`] : []),
  ];
  const checkStroke =
    check &&
    (check.tone === 'ok'
      ? 'var(--check-ok)'
      : check.tone === 'warning'
        ? 'var(--warning)'
        : check.tone === 'missing'
          ? 'var(--muted)'
          : 'var(--error)');
  const open = hovered || focused || Boolean(props.selected);
  const lines = open
    ? (coreNow()?.describeConnection(get(), props.source, props.target) ?? [])
    : [];
  const shown = open ? [...lines, ...messages] : [];
  return (
    <>
      <g ref={ref} onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}>
        <BaseEdge
          id={props.id}
          path={path}
          interactionWidth={24}
          className={errors ? 'edge-error' : check ? `edge-check-${check.tone}` : undefined}
          // Inline as well as in styles.css: the PNG / SVG export (html-to-image) copies inline styles
          // of SVG elements, not their stylesheet rules, and would draw the edges without a stroke.
          style={{
            stroke: props.selected
              ? 'var(--focus)'
              : errors
                ? 'var(--error)'
                : (checkStroke ?? 'var(--muted)'),
            strokeWidth: props.selected ? 2.5 : check ? 2.5 : 1.5,
            ...(errors || (check && check.tone !== 'ok') ? { strokeDasharray: '5 4' } : {}),
          }}
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
