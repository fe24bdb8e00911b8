/**
 * The tiered auto-layout over every template and a 480-node document: no two nodes overlap, no
 * zone covers a node it does not hold, every edge is routed around the nodes, and the number of
 * edge crossings is reported and may not grow past the recorded figures (layout-crossings.json:
 * lower them there when a change improves them).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { readFileSync } from 'node:fs';
import type { Topology } from '@apim-designer/topology';
import { describe, expect, it } from 'vitest';
import { crossings, rectsOverlap, type Rect } from '../canvas/routing/geometry.js';
import { routeEdges } from '../canvas/routing/route-all.js';
import { edgeId } from './edits.js';
import { largeTopology } from './large-topology.fixture.js';
import { CARD } from './card.js';
import { layoutTopology, type ElkRunner } from './layout.js';
import { TEMPLATES } from './templates.js';
import { zoneBoxes } from './zone-boxes.js';

const elk = new ELK();
const inProcess: ElkRunner = (g) => elk.layout(g);
const recorded: Record<string, number> = JSON.parse(
  readFileSync(new URL('./layout-crossings.json', import.meta.url), 'utf8'),
);

function boxesOf(t: Topology): Map<string, Rect> {
  return new Map(
    t.nodes.map((n) => [
      n.id,
      { x: n.position?.x ?? NaN, y: n.position?.y ?? NaN, ...{ w: CARD.width, h: CARD.height } },
    ]),
  );
}

export interface LayoutFacts {
  readonly overlaps: string[];
  readonly blocked: string[];
  readonly crossings: number;
}

function facts(t: Topology): LayoutFacts {
  const boxes = boxesOf(t);
  const list = [...boxes];
  const overlaps: string[] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i];
      const b = list[j];
      if (a && b && rectsOverlap(a[1], b[1])) overlaps.push(`${a[0]} × ${b[0]}`);
    }
  const zones = zoneBoxes(t, (id) => boxes.get(id));
  for (const z of t.zones ?? []) {
    const zr = zones.get(z.id);
    if (!zr) continue;
    const inside = new Set<string>();
    const collect = (id: string) => {
      const zone = t.zones?.find((x) => x.id === id);
      for (const n of zone?.nodes ?? []) inside.add(n);
      for (const c of t.zones ?? []) if (c.parent === id) collect(c.id);
    };
    collect(z.id);
    for (const [id, r] of boxes)
      if (!inside.has(id) && rectsOverlap(zr, r)) overlaps.push(`zone ${z.id} × ${id}`);
  }
  const { routes } = routeEdges(
    boxes,
    t.edges.map((e, i) => ({ id: edgeId(e, i), source: e.source, target: e.target })),
  );
  const blocked = [...routes].filter(([, r]) => r.blocked).map(([id]) => id);
  const paths = [...routes.values()].map((r) => r.points);
  let n = 0;
  for (let i = 0; i < paths.length; i++)
    for (let j = i + 1; j < paths.length; j++) n += crossings(paths[i] ?? [], paths[j] ?? []);
  return { overlaps, blocked, crossings: n };
}

const cases: [string, () => Promise<Topology>][] = [
  ...TEMPLATES.map((t): [string, () => Promise<Topology>] => [t.id, () => t.load()]),
  [
    'high-availability with zones',
    async () => {
      const t = await TEMPLATES[3]!.load();
      return {
        ...t,
        zones: [
          { id: 'dc', name: 'Data centre', type: 'data-centre' as const, nodes: [] },
          {
            id: 'dmz',
            name: 'DMZ',
            type: 'dmz' as const,
            parent: 'dc',
            nodes: ['lb-gw', 'gw-1', 'gw-2'],
          },
          {
            id: 'int',
            name: 'Internal',
            type: 'internal' as const,
            parent: 'dc',
            nodes: t.nodes
              .filter((n) => !['lb-gw', 'gw-1', 'gw-2'].includes(n.id))
              .map((n) => n.id),
          },
        ],
      };
    },
  ],
  ['480 nodes', async () => largeTopology(480)],
];

describe('auto-layout', () => {
  const report: Record<string, number> = {};
  it.each(cases)(
    '%s: no overlaps, every edge around the nodes, crossings reported',
    async (name, load) => {
      const t = await layoutTopology(await load(), undefined, inProcess);
      const f = facts(t);
      report[name] = f.crossings;
      console.log(
        `layout ${name}: ${t.nodes.length} nodes, ${t.edges.length} edges, ${f.crossings} crossings`,
      );
      expect(f.overlaps).toEqual([]);
      expect(f.blocked).toEqual([]);
      expect(recorded[name], `no crossings recorded for ${name}`).toBeTypeOf('number');
      expect(f.crossings).toBeLessThanOrEqual(recorded[name] ?? 0);
    },
    60_000,
  );

  it('draws tiers top-down: load balancers, gateways, the nodes they call, databases', async () => {
    const ha = await layoutTopology(await TEMPLATES[3]!.load(), undefined, inProcess);
    const y = (id: string) => ha.nodes.find((n) => n.id === id)?.position?.y ?? Number.NaN;
    expect(y('lb-gw')).toBeLessThan(y('gw-1'));
    expect(y('gw-1')).toBeLessThan(y('lb-km'));
    expect(y('lb-km')).toBeLessThan(y('km-1'));
    // The tier of Key Managers, Traffic Managers and portals (packed in rows) sits between.
    for (const id of ['km-1', 'tm-1', 'pub-1', 'devportal-1']) {
      expect(y(id)).toBeGreaterThan(y('gw-1'));
      expect(y(id)).toBeLessThan(y('db'));
    }
    // A cluster reads as one block: its members side by side under their load balancer.
    expect(y('km-1')).toBe(y('km-2'));
  }, 60_000);

  it('packs a tier of many gateway environments into rows instead of one long row', async () => {
    const t = await layoutTopology(largeTopology(480), undefined, inProcess);
    const xs = t.nodes.map((n) => n.position?.x ?? 0);
    const ys = t.nodes.map((n) => n.position?.y ?? 0);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(width / height).toBeLessThan(3);
  }, 60_000);
});
