/** Where pasted copies go, and where focus goes after a deletion. Pure. */
import type { Node, Topology } from '@apim-designer/topology';
import { rectsOverlap, type Rect } from '../canvas/routing/geometry.js';
import type { XY } from './edits.js';
import type { Size } from './layout-graph.js';

const GAP = 40;

/**
 * The shift that puts copies of `nodes` in free space: to the right of the originals, else below,
 * else further out, so that no copy covers a node already on the canvas.
 */
export function freeOffsetFor(t: Topology, nodes: readonly Node[], size: (id: string) => Size): XY {
  const boxes: Rect[] = t.nodes.map((n) => ({
    x: n.position?.x ?? 0,
    y: n.position?.y ?? 0,
    w: size(n.id).width,
    h: size(n.id).height,
  }));
  const copies: Rect[] = nodes.map((n) => ({
    x: n.position?.x ?? 0,
    y: n.position?.y ?? 0,
    w: size(n.id).width,
    h: size(n.id).height,
  }));
  if (copies.length === 0) return { x: GAP, y: GAP };
  const x1 = Math.min(...copies.map((r) => r.x));
  const y1 = Math.min(...copies.map((r) => r.y));
  const w = Math.max(...copies.map((r) => r.x + r.w)) - x1;
  const h = Math.max(...copies.map((r) => r.y + r.h)) - y1;
  const fits = (dx: number, dy: number) =>
    copies.every((c) => {
      const moved = { x: c.x + dx - GAP / 2, y: c.y + dy - GAP / 2, w: c.w + GAP, h: c.h + GAP };
      return !boxes.some((b) => rectsOverlap(moved, b));
    });
  for (let ring = 1; ring <= 40; ring++) {
    const steps: [number, number][] = [
      [ring * (w + GAP), 0],
      [0, ring * (h + GAP)],
      [ring * (w + GAP), ring * (h + GAP)],
      [-ring * (w + GAP), 0],
      [0, -ring * (h + GAP)],
    ];
    for (const [dx, dy] of steps) if (fits(dx, dy)) return { x: dx, y: dy };
  }
  return { x: 41 * (w + GAP), y: 0 };
}

/**
 * After deleting `removed`: a node that was wired to one of them, else the node nearest to them,
 * else none (the canvas itself takes focus).
 */
export function nextFocus(
  before: Topology,
  after: Topology,
  removed: ReadonlySet<string>,
): string | undefined {
  const left = new Set(after.nodes.map((n) => n.id));
  for (const e of before.edges) {
    if (removed.has(e.source) && left.has(e.target)) return e.target;
    if (removed.has(e.target) && left.has(e.source)) return e.source;
  }
  const gone = before.nodes.filter((n) => removed.has(n.id) && n.position);
  const at = gone[0]?.position;
  if (!at) return after.nodes[0]?.id;
  let best: { id: string; d: number } | undefined;
  for (const n of after.nodes) {
    const p = n.position;
    if (!p) continue;
    const d = Math.hypot(p.x - at.x, p.y - at.y);
    if (!best || d < best.d) best = { id: n.id, d };
  }
  return best?.id ?? after.nodes[0]?.id;
}
