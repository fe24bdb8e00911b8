/**
 * Every edge's route for a set of node boxes (the canvas calls it on each change, the layout test
 * once): the Router's routes, kept from the last pass where still valid, and the plain route the
 * edges of a dragged node draw.
 */
import type { Point, Rect } from './geometry.js';
import { assignPorts, sidesOf, type Ends, type RouteEdge, type Side } from './ports.js';
import { labelPoint, Router, type Route } from './route.js';

export type Routed = Route & {
  readonly ends: Ends;
  /** The boxes of its two nodes it was routed for: an edge whose node has moved since is stale. */
  readonly boxes?: readonly [Rect, Rect];
};

/**
 * Every edge's route. `previous` routes are kept for edges whose ends did not move and whose route
 * still passes clear of every node (a drag reroutes the dragged node's edges and those it now
 * blocks, not all of them). With a time budget, the edges whose ends moved go first; what the pass
 * has no time for keeps its previous route (or a plain one) and `unfinished` says a next pass is due.
 */
export function routeEdges(
  boxes: ReadonlyMap<string, Rect>,
  edges: readonly RouteEdge[],
  previous?: ReadonlyMap<string, Routed>,
  budgetMs = Infinity,
  detours = true,
): { routes: Map<string, Routed>; unfinished: boolean } {
  const router = new Router(boxes, budgetMs, detours);
  const ports = assignPorts(boxes, edges);
  const routes = new Map<string, Routed>();
  const moved: RouteEdge[] = [];
  const retry: RouteEdge[] = [];
  for (const e of edges) {
    const ends = ports.get(e.id);
    if (!ends) continue;
    const before = previous?.get(e.id);
    if (!before || !sameEnds(before.ends, ends)) moved.push(e);
    // A blocked route waits for its ends to move: retrying it on every drag step would spend the
    // frame on searches that failed before.
    else if (
      !before.provisional &&
      (before.blocked || router.isClear(before.points, e.source, e.target))
    ) {
      router.keep(before.points);
      routes.set(e.id, before);
    } else retry.push(e);
  }
  let unfinished = false;
  for (const e of [...moved, ...retry]) {
    const ends = ports.get(e.id);
    if (!ends) continue;
    const before = previous?.get(e.id);
    if (before && router.outOfTime() && sameEnds(before.ends, ends)) {
      routes.set(e.id, before);
      unfinished = true;
      continue;
    }
    const r = router.route(e, ends);
    if (r.provisional) unfinished = true;
    const a = boxes.get(e.source);
    const b = boxes.get(e.target);
    routes.set(e.id, { ...r, ends, ...(a && b ? { boxes: [a, b] as const } : {}) });
  }
  return { routes, unfinished };
}

function sameEnds(a: Ends, b: Ends): boolean {
  return (
    a.fromSide === b.fromSide &&
    a.toSide === b.toSide &&
    a.from.x === b.from.x &&
    a.from.y === b.from.y &&
    a.to.x === b.to.x &&
    a.to.y === b.to.y
  );
}

/**
 * A plain route for the edges of nodes being dragged: between the facing sides' middles, through
 * the half-way channel. Cheap enough for every drag step; the full router takes over when the drag
 * ends (the route is provisional).
 */
export function quickRoute(a: Rect, b: Rect): Routed {
  const [fromSide, toSide] = sidesOf(a, b);
  const mid = (r: Rect, side: Side): Point =>
    side === 'top'
      ? { x: r.x + r.w / 2, y: r.y }
      : side === 'bottom'
        ? { x: r.x + r.w / 2, y: r.y + r.h }
        : side === 'left'
          ? { x: r.x, y: r.y + r.h / 2 }
          : { x: r.x + r.w, y: r.y + r.h / 2 };
  const p = mid(a, fromSide);
  const q = mid(b, toSide);
  const vertical = fromSide === 'top' || fromSide === 'bottom';
  const points = vertical
    ? [p, { x: p.x, y: (p.y + q.y) / 2 }, { x: q.x, y: (p.y + q.y) / 2 }, q]
    : [p, { x: (p.x + q.x) / 2, y: p.y }, { x: (p.x + q.x) / 2, y: q.y }, q];
  return {
    points,
    label: labelPoint(points),
    blocked: false,
    provisional: true,
    ends: { from: p, fromSide, to: q, toSide },
  };
}
