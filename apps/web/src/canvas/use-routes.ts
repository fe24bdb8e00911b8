/**
 * Node boxes (the document's positions, a drag's positions and the measured sizes) and the edge
 * routes around them, rerouted incrementally: a change reroutes the edges whose ends moved and those
 * whose route a moved node now blocks, so a drag step stays within a frame.
 */
import type { Edge } from '@apim-designer/topology';
import { useEffect, useMemo, useState } from 'react';
import { edgeId } from '../model/edits.js';
import { CARD } from '../model/card.js';
import type { DesignerNode } from '../nodes/types.js';
import type { Rect } from './routing/geometry.js';
import type { Routed } from './routing/route-all.js';
import { useCore, type Core } from '../core/lazy-core.js';
import type { Measured } from './use-canvas-elements.js';

export type { Routed };

const NO_ROUTES: ReadonlyMap<string, Routed> = new Map();
/**
 * Time a pass may spend on detours around nodes; what is left is drawn plainly and routed by the
 * next pass, a frame later, so neither a drag nor a large, unsorted document blocks the page.
 */
const BUDGET_MS = 10;
/**
 * Past this many edges (a few thousand, unsorted) detours are not searched: a pass routes through
 * the channels between rows only, and what has none is drawn plainly.
 */
const DETOURS_UP_TO = 2000;

/** Holds the last boxes: an edit that moves nothing (a keystroke) keeps them, and the routes. */
class BoxCache {
  private last: ReadonlyMap<string, Rect> = new Map();
  get(nodes: readonly DesignerNode[], measured: Measured): ReadonlyMap<string, Rect> {
    const out = new Map<string, Rect>();
    let same = nodes.length === this.last.size;
    for (const n of nodes) {
      const size = measured.get(n.id) ?? CARD;
      const r = { x: n.position.x, y: n.position.y, w: size.width, h: size.height };
      const before = this.last.get(n.id);
      same &&=
        before !== undefined &&
        before.x === r.x &&
        before.y === r.y &&
        before.w === r.w &&
        before.h === r.h;
      out.set(n.id, r);
    }
    if (!same) this.last = out;
    return this.last;
  }
}

export function useBoxes(
  nodes: readonly DesignerNode[],
  measured: Measured,
): ReadonlyMap<string, Rect> {
  const [cache] = useState(() => new BoxCache());
  return useMemo(() => cache.get(nodes, measured), [cache, nodes, measured]);
}

/** Holds the last routes, so the next change can keep those still valid. */
class RouteCache {
  private last: ReadonlyMap<string, Routed> | undefined;
  unfinished = false;

  /**
   * A drag step: the routes stay as they are (the edges array keeps its identity, so React Flow has
   * nothing to adopt); the moved nodes' edges draw themselves plainly until the drag ends.
   */
  current(
    core: Core,
    boxes: ReadonlyMap<string, Rect>,
    edges: readonly Edge[],
  ): ReadonlyMap<string, Routed> {
    return this.last ?? this.update(core, boxes, edges);
  }

  update(
    core: Core,
    boxes: ReadonlyMap<string, Rect>,
    edges: readonly Edge[],
  ): ReadonlyMap<string, Routed> {
    const next = core.routeEdges(
      boxes,
      edges.map((e, i) => ({ id: edgeId(e, i), source: e.source, target: e.target })),
      this.last,
      BUDGET_MS,
      edges.length <= DETOURS_UP_TO,
    );
    this.last = next.routes;
    this.unfinished = next.unfinished;
    return next.routes;
  }
}

export function useRoutes(
  boxes: ReadonlyMap<string, Rect>,
  edges: readonly Edge[],
  moving: ReadonlySet<string> | null,
): ReadonlyMap<string, Routed> {
  // The router comes with the lazy core: a canvas with edges always has it (a draft or a link
  // waits for it), and the first chunk stays within its budget.
  const core = useCore();
  const [cache] = useState(() => new RouteCache());
  const [pass, setPass] = useState(0);
  const routes = useMemo(
    () =>
      !core || edges.length === 0
        ? NO_ROUTES
        : moving
          ? cache.current(core, boxes, edges)
          : cache.update(core, boxes, edges),
    // `pass` asks for another pass over the routes the last one left plain.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [core, cache, boxes, edges, moving, pass],
  );
  useEffect(() => {
    if (!cache.unfinished || moving) return;
    const t = setTimeout(() => setPass((n) => n + 1), 16);
    return () => clearTimeout(t);
  }, [cache, routes, moving]);
  return routes;
}
