/**
 * The last resort of the router: a search over a coarse grid around the two ends, with a cost for
 * each turn, that finds a way around the nodes when no channel or corridor does. Bounded, so a
 * crowded canvas cannot stall a frame.
 */
import type { BoxGrid, Point } from './geometry.js';

const CELL = 12;
const REACH = 360;
const MAX_VISITS = 30_000;
const TURN = 4;

export function gridRoute(
  grid: BoxGrid,
  skip: ReadonlySet<number>,
  p: Point,
  q: Point,
  stub: number,
): Point[] | null {
  const start = { x: p.x, y: p.y + stub };
  const goal = { x: q.x, y: q.y - stub };
  const x0 = Math.min(start.x, goal.x) - REACH;
  const y0 = Math.min(start.y, goal.y) - REACH;
  const cols = Math.ceil((Math.abs(start.x - goal.x) + 2 * REACH) / CELL) + 1;
  const rows = Math.ceil((Math.abs(start.y - goal.y) + 2 * REACH) / CELL) + 1;
  const cellOf = (v: Point) => ({
    c: Math.round((v.x - x0) / CELL),
    r: Math.round((v.y - y0) / CELL),
  });
  const at = (c: number, r: number): Point => ({ x: x0 + c * CELL, y: y0 + r * CELL });
  const s = cellOf(start);
  const g = cellOf(goal);
  const blocked = new Uint8Array(cols * rows);
  for (const i of grid.within({ x: x0, y: y0, w: cols * CELL, h: rows * CELL })) {
    if (skip.has(i)) continue;
    const b = grid.boxes[i];
    if (!b) continue;
    for (
      let c = Math.max(0, Math.floor((b.x - x0) / CELL));
      c <= Math.min(cols - 1, Math.ceil((b.x + b.w - x0) / CELL));
      c++
    )
      for (
        let r = Math.max(0, Math.floor((b.y - y0) / CELL));
        r <= Math.min(rows - 1, Math.ceil((b.y + b.h - y0) / CELL));
        r++
      )
        blocked[r * cols + c] = 1;
  }
  // States: cell × direction (0 right, 1 down, 2 left, 3 up); Dijkstra with a binary heap.
  const DX = [1, 0, -1, 0];
  const DY = [0, 1, 0, -1];
  const size = cols * rows * 4;
  const cost = new Float64Array(size).fill(Infinity);
  const from = new Int32Array(size).fill(-1);
  const heap: [number, number][] = [];
  const push = (k: number, c: number) => {
    heap.push([c, k]);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      const a = heap[parent];
      const b = heap[i];
      if (!a || !b || a[0] <= b[0]) break;
      heap[parent] = b;
      heap[i] = a;
      i = parent;
    }
  };
  const pop = (): [number, number] | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if ((heap[l]?.[0] ?? Infinity) < (heap[m]?.[0] ?? Infinity)) m = l;
        if ((heap[r]?.[0] ?? Infinity) < (heap[m]?.[0] ?? Infinity)) m = r;
        if (m === i) break;
        const a = heap[i];
        const b = heap[m];
        if (!a || !b) break;
        heap[i] = b;
        heap[m] = a;
        i = m;
      }
    }
    return top;
  };
  if (s.c < 0 || s.r < 0 || s.c >= cols || s.r >= rows) return null;
  const startKey = (s.r * cols + s.c) * 4 + 1;
  cost[startKey] = 0;
  push(startKey, 0);
  let end = -1;
  for (let visits = 0; heap.length > 0 && visits < MAX_VISITS; visits++) {
    const item = pop();
    if (!item) break;
    const [c0, k] = item;
    if (c0 > (cost[k] ?? Infinity)) continue;
    const cell = k >> 2;
    const dir = k & 3;
    const c = cell % cols;
    const r = (cell - c) / cols;
    if (c === g.c && r === g.r && dir === 1) {
      end = k;
      break;
    }
    for (let d = 0; d < 4; d++) {
      if (d === (dir + 2) % 4) continue;
      const nc = c + (DX[d] ?? 0);
      const nr = r + (DY[d] ?? 0);
      if (nc < 0 || nr < 0 || nc >= cols || nr >= rows || blocked[nr * cols + nc]) continue;
      const nk = (nr * cols + nc) * 4 + d;
      const nc0 = c0 + 1 + (d === dir ? 0 : TURN);
      if (nc0 < (cost[nk] ?? Infinity)) {
        cost[nk] = nc0;
        from[nk] = k;
        push(nk, nc0);
      }
    }
  }
  if (end < 0) return null;
  const cells: Point[] = [];
  for (let k = end; k >= 0; k = from[k] ?? -1) {
    const cell = k >> 2;
    const c = cell % cols;
    cells.push(at(c, (cell - c) / cols));
  }
  cells.reverse();
  const first = cells[0];
  const last = cells[cells.length - 1];
  if (!first || !last) return null;
  // Join the grid to the exact ports.
  return [p, { x: p.x, y: first.y }, ...cells.slice(1, -1), { x: q.x, y: last.y }, q];
}
