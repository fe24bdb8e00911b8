/**
 * Where each edge leaves and enters its nodes: the sides that face each other (top and bottom when
 * one node is above the other, as in the tiered diagrams; left and right in a row), with the edges of
 * one side spread along it in the order of their other ends, so they do not start on top of each
 * other nor cross at the start.
 */
import type { Point, Rect } from './geometry.js';

export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface RouteEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export interface Ends {
  readonly from: Point;
  readonly fromSide: Side;
  readonly to: Point;
  readonly toSide: Side;
}

/** Vertical distance under which two nodes count as one row. */
const ROW_GAP = 24;
const PORT_INSET = 14;

function centre(r: Rect): Point {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

export function sidesOf(a: Rect, b: Rect): [Side, Side] {
  if (b.y >= a.y + a.h + ROW_GAP) return ['bottom', 'top'];
  if (a.y >= b.y + b.h + ROW_GAP) return ['top', 'bottom'];
  if (b.x >= a.x + a.w) return ['right', 'left'];
  if (a.x >= b.x + b.w) return ['left', 'right'];
  return centre(b).y >= centre(a).y ? ['bottom', 'top'] : ['top', 'bottom'];
}

function pointOn(r: Rect, side: Side, t: number): Point {
  switch (side) {
    case 'top':
      return { x: r.x + t, y: r.y };
    case 'bottom':
      return { x: r.x + t, y: r.y + r.h };
    case 'left':
      return { x: r.x, y: r.y + t };
    case 'right':
      return { x: r.x + r.w, y: r.y + t };
  }
}

/** The ends of every edge whose nodes both have boxes. */
export function assignPorts(
  boxes: ReadonlyMap<string, Rect>,
  edges: readonly RouteEdge[],
): Map<string, Ends> {
  type Attachment = { edge: string; end: 'from' | 'to'; along: number };
  const bySide = new Map<string, { node: string; side: Side; list: Attachment[] }>();
  const sides = new Map<string, [Side, Side]>();
  for (const e of edges) {
    const a = boxes.get(e.source);
    const b = boxes.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    const [sa, sb] = sidesOf(a, b);
    sides.set(e.id, [sa, sb]);
    const ca = centre(a);
    const cb = centre(b);
    const alongA = sa === 'top' || sa === 'bottom' ? cb.x : cb.y;
    const alongB = sb === 'top' || sb === 'bottom' ? ca.x : ca.y;
    const push = (node: string, side: Side, at: Attachment) => {
      const key = `${node}\u0000${side}`;
      const entry = bySide.get(key);
      if (entry) entry.list.push(at);
      else bySide.set(key, { node, side, list: [at] });
    };
    push(e.source, sa, { edge: e.id, end: 'from', along: alongA });
    push(e.target, sb, { edge: e.id, end: 'to', along: alongB });
  }
  const at = new Map<string, { from?: Point; to?: Point }>();
  for (const { node, side: s, list } of bySide.values()) {
    const r = boxes.get(node);
    if (!r) continue;
    const length = s === 'top' || s === 'bottom' ? r.w : r.h;
    list.sort((p, q) => p.along - q.along || (p.edge < q.edge ? -1 : 1));
    const usable = Math.max(0, length - 2 * PORT_INSET);
    list.forEach((a, i) => {
      const t = PORT_INSET + (usable * (i + 1)) / (list.length + 1);
      const p = pointOn(r, s, Math.round(t));
      const entry = at.get(a.edge) ?? {};
      entry[a.end] = p;
      at.set(a.edge, entry);
    });
  }
  const out = new Map<string, Ends>();
  for (const [id, [fromSide, toSide]] of sides) {
    const p = at.get(id);
    if (p?.from && p.to) out.set(id, { from: p.from, fromSide, to: p.to, toSide });
  }
  return out;
}
