/** Rectangles, orthogonal segments and a spatial grid for the edge router. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by };
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether the axis-parallel segment a–b passes through the inside of r. */
export function segmentHitsRect(a: Point, b: Point, r: Rect): boolean {
  const x1 = Math.min(a.x, b.x);
  const x2 = Math.max(a.x, b.x);
  const y1 = Math.min(a.y, b.y);
  const y2 = Math.max(a.y, b.y);
  return x1 < r.x + r.w && x2 > r.x && y1 < r.y + r.h && y2 > r.y;
}

/** Boxes bucketed by cell, so a segment is tested against the boxes near it only. */
export class BoxGrid {
  private readonly cells = new Map<number, number[]>();
  constructor(
    readonly boxes: readonly Rect[],
    private readonly cell = 256,
  ) {
    boxes.forEach((b, i) => {
      for (const key of this.keys(b.x, b.y, b.x + b.w, b.y + b.h)) {
        const list = this.cells.get(key);
        if (list) list.push(i);
        else this.cells.set(key, [i]);
      }
    });
  }

  private *keys(x1: number, y1: number, x2: number, y2: number): Generator<number> {
    const c = this.cell;
    for (let cx = Math.floor(x1 / c); cx <= Math.floor(x2 / c); cx++)
      for (let cy = Math.floor(y1 / c); cy <= Math.floor(y2 / c); cy++)
        yield (cx + 32768) * 65536 + (cy + 32768);
  }

  /** Indexes of the boxes the segment passes through, except those in `skip`. */
  hits(a: Point, b: Point, skip: ReadonlySet<number>): number[] {
    const out = new Set<number>();
    const x1 = Math.min(a.x, b.x);
    const y1 = Math.min(a.y, b.y);
    const x2 = Math.max(a.x, b.x);
    const y2 = Math.max(a.y, b.y);
    for (const key of this.keys(x1, y1, x2, y2))
      for (const i of this.cells.get(key) ?? []) {
        const box = this.boxes[i];
        if (!skip.has(i) && box && segmentHitsRect(a, b, box)) out.add(i);
      }
    return [...out];
  }

  /** Indexes of the boxes that overlap the region. */
  within(r: Rect): number[] {
    const out = new Set<number>();
    for (const key of this.keys(r.x, r.y, r.x + r.w, r.y + r.h))
      for (const i of this.cells.get(key) ?? []) {
        const box = this.boxes[i];
        if (box && rectsOverlap(box, r)) out.add(i);
      }
    return [...out];
  }

  /** Whether a polyline passes through no box except those in `skip`. */
  clear(points: readonly Point[], skip: ReadonlySet<number>): boolean {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (a && b && this.hits(a, b, skip).length > 0) return false;
    }
    return true;
  }
}

/** Proper crossings between two polylines (touching ends and shared ports do not count). */
export function crossings(p: readonly Point[], q: readonly Point[]): number {
  let n = 0;
  for (let i = 1; i < p.length; i++)
    for (let j = 1; j < q.length; j++) {
      const a = p[i - 1];
      const b = p[i];
      const c = q[j - 1];
      const d = q[j];
      if (a && b && c && d && segmentsCross(a, b, c, d)) n++;
    }
  return n;
}

function orient(a: Point, b: Point, c: Point): number {
  return Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
}

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}
