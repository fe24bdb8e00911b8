/**
 * Where each zone is drawn: around its nodes and the zones inside it, with room for its title. A
 * zone follows its nodes, so moving the nodes moves the zone. Pure and zod-free (the canvas draws
 * zones at first paint).
 */
import type { Topology } from '@apim-designer/topology';
import type { Rect } from '../canvas/routing/geometry.js';
import { ZONE_PADDING } from './card.js';

/** Zone rectangles, outermost first (the order they are painted in); empty zones have none. */
export function zoneBoxes(
  t: Pick<Topology, 'zones'>,
  nodeBox: (id: string) => Rect | undefined,
): Map<string, Rect> {
  const zones = t.zones ?? [];
  const byId = new Map(zones.map((z) => [z.id, z]));
  const out = new Map<string, Rect>();
  const visiting = new Set<string>();
  const boxOf = (id: string): Rect | undefined => {
    if (out.has(id)) return out.get(id);
    const z = byId.get(id);
    if (!z || visiting.has(id)) return undefined;
    visiting.add(id);
    const parts: Rect[] = [];
    for (const n of z.nodes) {
      const b = nodeBox(n);
      if (b) parts.push(b);
    }
    for (const child of zones)
      if (child.parent === id) {
        const b = boxOf(child.id);
        if (b) parts.push(b);
      }
    visiting.delete(id);
    if (parts.length === 0) return undefined;
    const x1 = Math.min(...parts.map((r) => r.x)) - ZONE_PADDING.side;
    const y1 = Math.min(...parts.map((r) => r.y)) - ZONE_PADDING.top;
    const x2 = Math.max(...parts.map((r) => r.x + r.w)) + ZONE_PADDING.side;
    const y2 = Math.max(...parts.map((r) => r.y + r.h)) + ZONE_PADDING.side;
    const r = { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
    out.set(id, r);
    return r;
  };
  for (const z of zones) boxOf(z.id);
  const depth = (id: string, seen = new Set<string>()): number => {
    const p = byId.get(id)?.parent;
    if (p === undefined || seen.has(p) || !byId.has(p)) return 0;
    seen.add(id);
    return 1 + depth(p, seen);
  };
  return new Map([...out].sort((a, b) => depth(a[0]) - depth(b[0])));
}
