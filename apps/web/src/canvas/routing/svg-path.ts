/** SVG for a routed edge: the path with rounded corners, and arrowheads at its ends. */
import type { Point } from './geometry.js';

const RADIUS = 8;
const ARROW = { length: 10, half: 4.5 };

export function roundedPath(points: readonly Point[]): string {
  const first = points[0];
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i];
    const prev = points[i - 1];
    const next = points[i + 1];
    if (!p || !prev) continue;
    if (!next) {
      d += ` L ${p.x} ${p.y}`;
      continue;
    }
    const r = Math.min(RADIUS, dist(prev, p) / 2, dist(p, next) / 2);
    const a = towards(p, prev, r);
    const b = towards(p, next, r);
    d += ` L ${a.x} ${a.y} Q ${p.x} ${p.y} ${b.x} ${b.y}`;
  }
  return d;
}

function dist(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function towards(from: Point, to: Point, by: number): Point {
  const d = dist(from, to) || 1;
  return { x: from.x + ((to.x - from.x) * by) / d, y: from.y + ((to.y - from.y) * by) / d };
}

/** A filled triangle with its tip at `tip`, pointing away from `from`. */
export function arrowHead(from: Point, tip: Point): string {
  const d = dist(from, tip) || 1;
  const ux = (tip.x - from.x) / d;
  const uy = (tip.y - from.y) / d;
  const bx = tip.x - ux * ARROW.length;
  const by = tip.y - uy * ARROW.length;
  const f = (n: number) => Math.round(n * 10) / 10;
  return `M ${f(tip.x)} ${f(tip.y)} L ${f(bx - uy * ARROW.half)} ${f(by + ux * ARROW.half)} L ${f(bx + uy * ARROW.half)} ${f(by - ux * ARROW.half)} Z`;
}

/** The route shortened at the ends that carry an arrowhead, so the line does not poke through it. */
export function trimmed(points: readonly Point[], start: boolean, end: boolean): Point[] {
  const out = [...points];
  const cut = (i: number, j: number) => {
    const p = out[i];
    const q = out[j];
    if (p && q && dist(p, q) > ARROW.length) out[i] = towards(p, q, ARROW.length - 1);
  };
  if (start) cut(0, 1);
  if (end) cut(out.length - 1, out.length - 2);
  return out;
}
