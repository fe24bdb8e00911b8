/**
 * Node boxes (the document's positions, a drag's positions and the measured sizes) and the edge
 * routes around them, rerouted incrementally: a change reroutes the edges whose ends moved and those
 * whose route a moved node now blocks, so a drag step stays within a frame.
 */
import type { Edge } from '@apim-designer/topology';
import { useMemo, useState } from 'react';
import { edgeId } from '../model/edits.js';
import { CARD } from '../model/card.js';
import type { DesignerNode } from '../nodes/types.js';
import type { Rect } from './routing/geometry.js';
import type { Ends } from './routing/ports.js';
import type { Route } from './routing/route.js';
import { useCore, type Core } from '../core/lazy-core.js';
import type { Measured } from './use-canvas-elements.js';

export type Routed = Route & { readonly ends: Ends };

const NO_ROUTES: ReadonlyMap<string, Routed> = new Map();

export function useBoxes(nodes: readonly DesignerNode[], measured: Measured): Map<string, Rect> {
  return useMemo(() => {
    const out = new Map<string, Rect>();
    for (const n of nodes) {
      const size = measured.get(n.id) ?? CARD;
      out.set(n.id, { x: n.position.x, y: n.position.y, w: size.width, h: size.height });
    }
    return out;
  }, [nodes, measured]);
}

/** Holds the last routes, so the next change can keep those still valid. */
class RouteCache {
  private last: ReadonlyMap<string, Routed> | undefined;

  update(
    core: Core,
    boxes: ReadonlyMap<string, Rect>,
    edges: readonly Edge[],
  ): ReadonlyMap<string, Routed> {
    const next = core.routeEdges(
      boxes,
      edges.map((e, i) => ({ id: edgeId(e, i), source: e.source, target: e.target })),
      this.last,
    );
    this.last = next;
    return next;
  }
}

export function useRoutes(
  boxes: ReadonlyMap<string, Rect>,
  edges: readonly Edge[],
): ReadonlyMap<string, Routed> {
  // The router comes with the lazy core: a canvas with edges always has it (a draft or a link
  // waits for it), and the first chunk stays within its budget.
  const core = useCore();
  const [cache] = useState(() => new RouteCache());
  return useMemo(
    () => (core && edges.length > 0 ? cache.update(core, boxes, edges) : NO_ROUTES),
    [core, cache, boxes, edges],
  );
}
