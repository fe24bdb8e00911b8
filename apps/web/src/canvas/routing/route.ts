/**
 * Orthogonal edge routes that pass around nodes, never under one: a straight line where the ends
 * face each other, else a Z through a free channel between rows, else a detour through a free
 * corridor between columns, else a grid search. Parallel segments are spread apart. Pure: the
 * canvas and the layout tests call it with node boxes and edges.
 */
import { BoxGrid, inflate, rectsOverlap, type Point, type Rect } from './geometry.js';
import type { Ends, RouteEdge, Side } from './ports.js';
import { gridRoute } from './grid-route.js';

export type { RouteEdge } from './ports.js';

/** Distance kept from nodes, and the first step out of a port. */
const MARGIN = 10;
const STUB = 16;
/** Routes a pass completes in full, however long they take. */
const MIN_PER_PASS = 4;
/** Grid searches allowed per routing pass. */
const MAX_SEARCHES = 24;
/** Distance between parallel segments sharing a channel. */
const SPREAD = 9;

export interface Route {
  readonly points: readonly Point[];
  /** Where a label sits: the middle of the route's longest segment. */
  readonly label: Point;
  /** The route passes under a node (no way around was found). */
  readonly blocked: boolean;
  /** Drawn plainly because the pass ran out of time: the next pass tries again. */
  readonly provisional?: boolean;
}

interface Segment {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** Routes in a canonical frame: from a bottom side down to a top side. Other cases are mapped. */
interface Frame {
  readonly toCanon: (p: Point) => Point;
  readonly fromCanon: (p: Point) => Point;
  readonly reverse: boolean;
}

const swap = (p: Point): Point => ({ x: p.y, y: p.x });
const same = (p: Point): Point => p;

function frameOf(fromSide: Side): Frame {
  switch (fromSide) {
    case 'bottom':
      return { toCanon: same, fromCanon: same, reverse: false };
    case 'top':
      return { toCanon: same, fromCanon: same, reverse: true };
    case 'right':
      return { toCanon: swap, fromCanon: swap, reverse: false };
    case 'left':
      return { toCanon: swap, fromCanon: swap, reverse: true };
  }
}

function swapRect(r: Rect): Rect {
  return { x: r.y, y: r.x, w: r.h, h: r.w };
}

/** Free intervals of [lo, hi] once `taken` intervals are removed. */
function gaps(lo: number, hi: number, taken: [number, number][]): [number, number][] {
  taken.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let at = lo;
  for (const [a, b] of taken) {
    if (a > at) out.push([at, Math.min(a, hi)]);
    at = Math.max(at, b);
    if (at >= hi) break;
  }
  if (at < hi) out.push([at, hi]);
  return out.filter(([a, b]) => b - a >= 2);
}

/** Segments bucketed by where they sit, so "is this channel taken?" looks at a few only. */
class Segments {
  private readonly buckets = new Map<number, Segment[]>();
  add(s: Segment): void {
    const k = Math.round(s.at / SPREAD);
    const list = this.buckets.get(k);
    if (list) list.push(s);
    else this.buckets.set(k, [s]);
  }
  taken(at: number, x1: number, x2: number): boolean {
    const k = Math.round(at / SPREAD);
    for (let b = k - 1; b <= k + 1; b++)
      for (const s of this.buckets.get(b) ?? [])
        if (Math.abs(s.at - at) < SPREAD - 1 && s.from < x2 && s.to > x1) return true;
    return false;
  }
}

/** A value in [lo, hi] near `want` that no used parallel segment over [from, to] sits on. */
function spread(
  want: number,
  lo: number,
  hi: number,
  used: Segments,
  from: number,
  to: number,
): number {
  const x1 = Math.min(from, to);
  const x2 = Math.max(from, to);
  const free = (v: number) => !used.taken(v, x1, x2);
  const start = Math.min(hi, Math.max(lo, want));
  for (let k = 0; k < 12; k++) {
    for (const v of k === 0 ? [start] : [start + k * SPREAD, start - k * SPREAD])
      if (v >= lo && v <= hi && free(v)) return Math.round(v);
  }
  return Math.round(start);
}

/** Drops repeated and collinear points; a step in both x and y gets a corner. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (prev && prev.x !== p.x && prev.y !== p.y) out.push({ x: prev.x, y: p.y });
    const a = out[out.length - 2];
    const b = out[out.length - 1];
    if (b && b.x === p.x && b.y === p.y) continue;
    if (a && b && ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

export function labelPoint(points: readonly Point[]): Point {
  let best = { len: -1, at: points[0] ?? { x: 0, y: 0 } };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const len = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    if (len > best.len) best = { len, at: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
  }
  return best.at;
}

export class Router {
  private readonly ids: string[];
  private readonly grid: BoxGrid;
  private readonly index = new Map<string, number>();
  /** The same boxes, x and y swapped, for routes between left and right sides. */
  private readonly swapped: BoxGrid;
  private readonly usedH = new Segments();
  private readonly usedV = new Segments();
  private searches = 0;

  /**
   * The pass's time for routing (counted from its first route, not from the checks of the routes
   * it keeps), and the routes it completes whatever the time, so that every pass makes progress.
   */
  private deadline = Infinity;
  private routed = 0;

  constructor(
    private readonly boxes: ReadonlyMap<string, Rect>,
    private readonly budgetMs = Infinity,
    /** Whether to look for detours (corridors, grid search) when no channel is free. */
    private readonly detours = true,
  ) {
    this.ids = [...boxes.keys()];
    const inflated = this.ids.map((id) =>
      inflate(boxes.get(id) ?? { x: 0, y: 0, w: 0, h: 0 }, MARGIN),
    );
    this.ids.forEach((id, i) => this.index.set(id, i));
    this.grid = new BoxGrid(inflated);
    this.swapped = new BoxGrid(inflated.map(swapRect));
  }

  private readonly stackedCache = new Map<string, boolean>();

  /** Whether a node's box lies on another's: no way around it exists, so none is searched for. */
  private stacked(id: string): boolean {
    const hit = this.stackedCache.get(id);
    if (hit !== undefined) return hit;
    const b = this.boxes.get(id);
    const i = this.index.get(id);
    const out =
      b !== undefined &&
      this.grid
        .within(b)
        .some((j) => j !== i && rectsOverlap(this.grid.boxes[j] ?? b, inflate(b, -MARGIN - 1)));
    this.stackedCache.set(id, out);
    return out;
  }

  outOfTime(): boolean {
    return this.routed >= MIN_PER_PASS && now() > this.deadline;
  }

  /** Records a route's segments, so later routes spread away from them. */
  keep(points: readonly Point[]): void {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (!a || !b) continue;
      if (a.y === b.y)
        this.usedH.add({ at: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x) });
      else if (a.x === b.x)
        this.usedV.add({ at: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y) });
    }
  }

  /** Whether a route still avoids every node but its own two. */
  isClear(points: readonly Point[], source: string, target: string): boolean {
    return this.grid.clear(points, this.skip(source, target));
  }

  private skip(source: string, target: string): Set<number> {
    return new Set([this.index.get(source) ?? -1, this.index.get(target) ?? -1]);
  }

  route(edge: RouteEdge, ends: Ends): Route {
    if (this.routed++ === 0) this.deadline = now() + this.budgetMs;
    const skip = this.skip(edge.source, edge.target);
    const f = frameOf(ends.fromSide);
    const horizontal = ends.fromSide === 'left' || ends.fromSide === 'right';
    const grid = horizontal ? this.swapped : this.grid;
    const usedAcross = horizontal ? this.usedV : this.usedH;
    const usedAlong = horizontal ? this.usedH : this.usedV;
    // Canonical: p leaves downwards from the upper end, q is entered from above.
    const [p, q] = f.reverse
      ? [f.toCanon(ends.to), f.toCanon(ends.from)]
      : [f.toCanon(ends.from), f.toCanon(ends.to)];
    const ok = (pts: Point[]) => grid.clear(pts, skip);
    const done = (pts: Point[], blocked = false): Route => {
      const canon = simplify(pts);
      const back = canon.map(f.fromCanon);
      const points = f.reverse ? back.reverse() : back;
      this.keep(points);
      return { points, label: labelPoint(points), blocked };
    };
    if (p.x === q.x && ok([p, q])) return done([p, q]);
    const top = p.y + STUB;
    const bottom = q.y - STUB;
    const x1 = Math.min(p.x, q.x);
    const x2 = Math.max(p.x, q.x);
    if (bottom > top) {
      // A Z through a free channel between the two rows.
      const inBetween = grid
        .within({ x: x1, y: top, w: x2 - x1 + 1, h: bottom - top })
        .filter((i) => !skip.has(i))
        .map((i): [number, number] => {
          const b = grid.boxes[i] ?? { x: 0, y: 0, w: 0, h: 0 };
          return [b.y, b.y + b.h];
        });
      const mid = (p.y + q.y) / 2;
      const channels = gaps(top, bottom, inBetween).sort(
        (a, b) => Math.abs((a[0] + a[1]) / 2 - mid) - Math.abs((b[0] + b[1]) / 2 - mid),
      );
      for (const [lo, hi] of channels) {
        const y = spread(mid, lo, hi, usedAcross, p.x, q.x);
        const pts = [p, { x: p.x, y }, { x: q.x, y }, q];
        if (ok(pts)) return done(pts);
      }
    }
    if (!this.detours || this.stacked(edge.source) || this.stacked(edge.target)) {
      const y = Math.round((p.y + q.y) / 2);
      return done([p, { x: p.x, y }, { x: q.x, y }, q], true);
    }
    if (this.outOfTime()) {
      const y = Math.round((p.y + q.y) / 2);
      return { ...done([p, { x: p.x, y }, { x: q.x, y }, q], true), provisional: true };
    }
    // A detour: out of p, along a free corridor between columns, into q.
    const y1s = this.freeNear(
      grid,
      skip,
      p.y + 2,
      p.y + 140,
      x1 - 300,
      x2 + 300,
      p.y + STUB,
      usedAcross,
    );
    const y2s = this.freeNear(
      grid,
      skip,
      q.y - 140,
      q.y - 2,
      x1 - 300,
      x2 + 300,
      q.y - STUB,
      usedAcross,
    );
    for (const y1 of y1s)
      for (const y2 of y2s) {
        const lo = Math.min(y1, y2);
        const hi = Math.max(y1, y2);
        const blocking = grid
          .within({ x: x1 - 1200, y: lo, w: x2 - x1 + 2400, h: Math.max(1, hi - lo) })
          .filter((i) => !skip.has(i))
          .map((i): [number, number] => {
            const b = grid.boxes[i] ?? { x: 0, y: 0, w: 0, h: 0 };
            return [b.x, b.x + b.w];
          });
        const want = (p.x + q.x) / 2;
        const corridors = gaps(x1 - 1200, x2 + 1200, blocking).sort(
          (a, b) => distance(a, want) - distance(b, want),
        );
        for (const [lo2, hi2] of corridors.slice(0, 4)) {
          const x = spread(want, lo2, hi2, usedAlong, lo, hi);
          const pts = [p, { x: p.x, y: y1 }, { x, y: y1 }, { x, y: y2 }, { x: q.x, y: y2 }, q];
          if (ok(pts)) return done(pts);
        }
      }
    // The grid search is the costly part: a pass spends a bounded number of them, so a document
    // whose nodes all sit on top of each other (before its layout) still routes within a frame.
    if (this.searches < MAX_SEARCHES) {
      this.searches++;
      const searched = gridRoute(grid, skip, p, q, STUB);
      if (searched) return done(searched);
    }
    const y = Math.round((p.y + q.y) / 2);
    return done([p, { x: p.x, y }, { x: q.x, y }, q], true);
  }

  /** Free heights in [lo, hi] over [x1, x2], nearest `want` first (at most three). */
  private freeNear(
    grid: BoxGrid,
    skip: ReadonlySet<number>,
    lo: number,
    hi: number,
    x1: number,
    x2: number,
    want: number,
    used: Segments,
  ): number[] {
    const taken = grid
      .within({ x: x1, y: lo, w: x2 - x1, h: hi - lo })
      .filter((i) => !skip.has(i))
      .map((i): [number, number] => {
        const b = grid.boxes[i] ?? { x: 0, y: 0, w: 0, h: 0 };
        return [b.y, b.y + b.h];
      });
    return gaps(lo, hi, taken)
      .sort((a, b) => distance(a, want) - distance(b, want))
      .slice(0, 3)
      .map(([a, b]) => spread(want, a, b, used, x1, x2));
  }
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

function distance([a, b]: [number, number], v: number): number {
  return v < a ? a - v : v > b ? v - b : 0;
}
