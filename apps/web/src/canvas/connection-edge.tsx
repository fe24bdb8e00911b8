/**
 * An edge as an architecture diagram draws it: routed around the nodes, with an arrowhead in the
 * direction of each call and a short label of what it carries (`binary 9611`, `JDBC 3306`) once the
 * canvas is zoomed in enough to read it. Hovered, focused (Tab reaches React Flow's edge wrapper) or
 * selected, it says in full what it carries and what is wrong with it (the core's describeConnection).
 */
import {
  BaseEdge,
  EdgeLabelRenderer,
  useInternalNode,
  useStore,
  type EdgeProps,
  type InternalNode,
  type ReactFlowState,
} from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { coreNow } from '../core/lazy-core.js';
import type { DesignerEdge } from '../nodes/types.js';
import { useTopologyGetter } from '../state/designer-context.js';
import { useEdgeCheck } from '../verify/check-context.js';
import { useExporting } from './export-mode.js';
import { CARD } from '../model/card.js';
import type { Rect } from './routing/geometry.js';
import { arrowHead, roundedPath, trimmed } from './routing/svg-path.js';

/**
 * Labels keep at least 9 px on screen (canvas.tsx sets --edge-label-size from the zoom); below this
 * zoom that would make them larger than the cards they sit between, so they are hidden, as the
 * cards' small print is.
 */
export const LABEL_ZOOM = 0.5;
const readable = (s: ReactFlowState) => s.transform[2] >= LABEL_ZOOM;

function boxOf(n: InternalNode | undefined): Rect | null {
  if (!n) return null;
  return {
    x: n.internals.positionAbsolute.x,
    y: n.internals.positionAbsolute.y,
    w: n.measured.width ?? CARD.width,
    h: n.measured.height ?? CARD.height,
  };
}

const sameBox = (a: Rect | null, b: Rect | undefined) =>
  a !== null && b !== undefined && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<DesignerEdge>) {
  // While one of its nodes is dragged the route is stale: a plain one follows the node until the
  // drag ends and the router takes over.
  const sourceBox = boxOf(useInternalNode(props.source));
  const targetBox = boxOf(useInternalNode(props.target));
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const ref = useRef<SVGGElement>(null);
  const zoomedIn = useStore(readable);
  const exporting = useExporting();
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
  const data = props.data;
  const errors = data?.errors ?? 0;
  // "Check a deployment" colours the edge and says what it found (verify/check-context.tsx).
  const check = useEdgeCheck(props.id);
  const messages = [
    ...(data?.messages ?? []),
    ...(check ? [`Deployment check: ${check.summary}`] : []),
  ];
  const routed = data?.boxes;
  const stale =
    routed &&
    sourceBox &&
    targetBox &&
    (!sameBox(sourceBox, routed[0]) || !sameBox(targetBox, routed[1]));
  const quick = stale ? coreNow()?.quickRoute(sourceBox, targetBox) : undefined;
  const points = quick?.points ??
    data?.points ?? [
      { x: props.sourceX, y: props.sourceY },
      { x: props.targetX, y: props.targetY },
    ];
  const at = quick?.label ?? data?.labelAt ?? points[0] ?? { x: 0, y: 0 };
  const direction = data?.direction ?? 'none';
  const start = direction === 'backward' || direction === 'both';
  const end = direction === 'forward' || direction === 'both';
  const open = hovered || focused || Boolean(props.selected);
  const lines = open
    ? (coreNow()?.describeConnection(get(), props.source, props.target) ?? [])
    : [];
  const shown = open ? [...lines, ...messages] : [];
  const checkStroke =
    check &&
    (check.tone === 'ok'
      ? 'var(--check-ok)'
      : check.tone === 'warning'
        ? 'var(--warning)'
        : check.tone === 'missing'
          ? 'var(--muted)'
          : 'var(--error)');
  const stroke = props.selected
    ? 'var(--focus)'
    : errors
      ? 'var(--error)'
      : (checkStroke ?? 'var(--edge)');
  const dashed = errors > 0 || (check !== undefined && check.tone !== 'ok');
  const first = points[0];
  const second = points[1];
  const last = points[points.length - 1];
  const beforeLast = points[points.length - 2];
  const text = data?.text ?? '';
  return (
    <>
      <g ref={ref} onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}>
        <BaseEdge
          id={props.id}
          path={roundedPath(trimmed(points, start, end))}
          interactionWidth={20}
          className={errors ? 'edge-error' : check ? `edge-check-${check.tone}` : undefined}
          // Inline as well as in styles.css: the PNG / SVG export (html-to-image) copies inline styles
          // of SVG elements, not their stylesheet rules.
          style={{
            stroke,
            strokeWidth: props.selected || check ? 2.5 : 1.5,
            fill: 'none',
            ...(dashed ? { strokeDasharray: '5 4' } : {}),
          }}
        />
        {end && beforeLast && last && (
          <path className="edge-arrow" d={arrowHead(beforeLast, last)} style={{ fill: stroke }} />
        )}
        {start && second && first && (
          <path className="edge-arrow" d={arrowHead(second, first)} style={{ fill: stroke }} />
        )}
        {text && (zoomedIn || exporting) && (
          <text
            className="edge-label"
            x={at.x}
            y={at.y}
            textAnchor="middle"
            dominantBaseline="central"
            style={{
              fontSize: exporting ? 10.5 : 'var(--edge-label-size, 10.5px)',
              fontFamily: 'system-ui, sans-serif',
              fill: errors ? 'var(--error)' : 'var(--edge-text)',
              stroke: 'var(--bg)',
              strokeWidth: 4,
              strokeLinejoin: 'round',
              paintOrder: 'stroke',
            }}
          >
            {text}
          </text>
        )}
      </g>
      <EdgeLabelRenderer>
        {errors > 0 && (
          <span
            className="edge-badge nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y - 14}px)` }}
            aria-label={`${errors} error${errors === 1 ? '' : 's'}`}
          >
            !
          </span>
        )}
        {shown.length > 0 && (
          <div
            role="tooltip"
            className="edge-tooltip"
            style={{ transform: `translate(-50%, 14px) translate(${at.x}px, ${at.y}px)` }}
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
