/**
 * The ELK graph of a topology for the tiered auto-layout, and the positions read back from ELK's
 * answer. Pure and zod-free: the layout worker runs ELK on what this builds; the tests run it
 * in-process.
 *
 * Tiers come from each kind's metadata (`tier`): load balancers, gateways, the nodes they call
 * (control plane, Key and Traffic Managers, portals), databases. ELK's partitions keep the tiers in
 * order top-down. A load balancer and the members of its cluster form a block (the balancer above
 * its members), so a cluster reads as one unit. Zones are compound nodes, so their nodes stay
 * together and a zone never overlaps a node it does not hold. A tier with many blocks (a large
 * deployment's gateway environments) is packed into rows of a band instead of one endless row.
 * Each compound node is laid out on its own (ELK's default), so an edge counts where its two ends
 * meet: between the blocks, bands or zones that hold them.
 */
import type { Node, Topology } from '@apim-designer/topology';
import { KIND_META } from '@apim-designer/topology/meta';
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import { CARD, ZONE_PADDING } from './card.js';
import type { XY } from './edits.js';

export interface Size {
  readonly width: number;
  readonly height: number;
}
export type Sizes = ReadonlyMap<string, Size>;

/**
 * A tier wider than this (about five cards) is packed into rows: a wide row would shrink the whole
 * diagram to fit a screen, past the zoom where cards and labels can be read.
 */
const BAND_WIDTH = 1200;
const BAND_MIN_ITEMS = 3;

/** The ELK partition of a node: twice its tier, a load balancer one above the tier it fronts. */
export function partitionOf(node: Node): number {
  if ('fronts' in node) return 2 * KIND_META[node.fronts].tier - 1;
  return 2 * KIND_META[node.kind].tier;
}

const LAYERED: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.partitioning.activate': 'true',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.thoroughness': '30',
  'elk.spacing.nodeNode': '56',
  'elk.layered.spacing.nodeNodeBetweenLayers': '88',
  'elk.spacing.componentComponent': '72',
  'elk.separateConnectedComponents': 'false',
};

const BLOCK: LayoutOptions = {
  ...LAYERED,
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

const ZONE: LayoutOptions = {
  ...LAYERED,
  'elk.padding': `[top=${ZONE_PADDING.top},left=${ZONE_PADDING.side},bottom=${ZONE_PADDING.side},right=${ZONE_PADDING.side}]`,
};

const BAND: LayoutOptions = {
  'elk.algorithm': 'rectpacking',
  'elk.aspectRatio': '1.6',
  'elk.spacing.nodeNode': '56',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

interface Item {
  readonly elk: ElkNode;
  readonly partition: number;
  /** Estimated width, to decide whether a tier needs a band. */
  readonly width: number;
}

interface Container {
  readonly elk: ElkNode;
  readonly items: Item[];
}

export function layoutGraph(t: Topology, sizes: Sizes = new Map()): ElkNode {
  const size = (id: string) => sizes.get(id) ?? CARD;
  const byId = new Map(t.nodes.map((n) => [n.id, n]));
  const zones = (t.zones ?? []).filter((z, i, all) => all.findIndex((x) => x.id === z.id) === i);
  const zoneIds = new Set(zones.map((z) => z.id));
  const zoneOfNode = new Map<string, string>();
  for (const z of zones) for (const id of z.nodes) if (byId.has(id)) zoneOfNode.set(id, z.id);
  // ELK id → the ELK id of what holds it (zones, blocks, bands; the root is undefined).
  const parentOf = new Map<string, string | undefined>();

  // Clusters: a load balancer and the neighbours of the kind it fronts, in one zone.
  const neighbours = new Map<string, string[]>();
  for (const e of t.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const blockOf = new Map<string, string>();
  const blocks: { id: string; lb: Node; members: Node[] }[] = [];
  for (const lb of t.nodes) {
    if (!('fronts' in lb) || blockOf.has(lb.id)) continue;
    const members = (neighbours.get(lb.id) ?? [])
      .map((id) => byId.get(id))
      .filter(
        (m): m is Node =>
          m !== undefined &&
          m.kind === lb.fronts &&
          !blockOf.has(m.id) &&
          zoneOfNode.get(m.id) === zoneOfNode.get(lb.id),
      )
      .filter((m, i, all) => all.indexOf(m) === i);
    if (members.length === 0) continue;
    const id = `block:${lb.id}`;
    blocks.push({ id, lb, members });
    for (const n of [lb, ...members]) blockOf.set(n.id, id);
  }

  const root: Container = {
    elk: { id: '__root', layoutOptions: LAYERED, children: [], edges: [] },
    items: [],
  };
  const containers = new Map<string | undefined, Container>([[undefined, root]]);
  for (const z of zones)
    containers.set(z.id, {
      elk: { id: z.id, layoutOptions: ZONE, children: [], edges: [] },
      items: [],
    });
  const containerOf = (zone: string | undefined) => containers.get(zone) ?? root;

  const leaf = (n: Node, partition: number): ElkNode => ({
    id: n.id,
    ...size(n.id),
    layoutOptions: { 'elk.partitioning.partition': String(partition) },
  });
  for (const n of t.nodes) {
    if (blockOf.has(n.id)) continue;
    const zone = zoneOfNode.get(n.id);
    const p = partitionOf(n);
    containerOf(zone).items.push({ elk: leaf(n, p), partition: p, width: size(n.id).width });
    parentOf.set(n.id, zone);
  }
  for (const b of blocks) {
    const zone = zoneOfNode.get(b.lb.id);
    const p = Math.max(...b.members.map(partitionOf));
    const children = [leaf(b.lb, 0), ...b.members.map((m) => leaf(m, 1))];
    const edges = b.members.map((m, i) => ({
      id: `${b.id}:${i}`,
      sources: [b.lb.id],
      targets: [m.id],
    }));
    containerOf(zone).items.push({
      elk: { id: b.id, layoutOptions: BLOCK, children, edges },
      partition: p,
      width: b.members.reduce((w, m) => w + size(m.id).width + 28, -28),
    });
    parentOf.set(b.id, zone);
    for (const n of [b.lb, ...b.members]) parentOf.set(n.id, b.id);
  }
  // Zones inside zones, innermost first, each placed at the highest tier it holds.
  const depth = (id: string): number => {
    const z = zones.find((x) => x.id === id);
    return z?.parent !== undefined && zoneIds.has(z.parent) ? 1 + depth(z.parent) : 0;
  };
  const minPartition = (c: Container): number => Math.min(...c.items.map((i) => i.partition));
  for (const z of [...zones].sort((a, b) => depth(b.id) - depth(a.id))) {
    const c = containerOf(z.id);
    const parent = z.parent !== undefined && zoneIds.has(z.parent) ? z.parent : undefined;
    parentOf.set(z.id, parent);
    if (c.items.length === 0) continue;
    containerOf(parent).items.push({
      elk: c.elk,
      partition: minPartition(c),
      width: c.items.reduce((w, i) => w + i.width + 56, 0),
    });
  }

  // Bands: a tier too wide for the page is packed into rows.
  for (const c of containers.values()) {
    const byPartition = new Map<number, Item[]>();
    for (const i of c.items)
      byPartition.set(i.partition, [...(byPartition.get(i.partition) ?? []), i]);
    const kept: Item[] = [];
    for (const [p, items] of byPartition) {
      const width = items.reduce((w, i) => w + i.width + 56, 0);
      if (items.length < BAND_MIN_ITEMS || width < BAND_WIDTH) {
        kept.push(...items);
        continue;
      }
      const id = `band:${c.elk.id}:${p}`;
      for (const i of items) parentOf.set(i.elk.id, id);
      parentOf.set(id, c.elk.id === '__root' ? undefined : c.elk.id);
      kept.push({
        elk: {
          id,
          layoutOptions: { ...BAND, 'elk.partitioning.partition': String(p) },
          children: items.map((i) => i.elk),
        },
        partition: p,
        width: BAND_WIDTH,
      });
    }
    // In place: a zone's ELK node is also in its parent's list.
    for (const i of kept)
      i.elk.layoutOptions = {
        ...i.elk.layoutOptions,
        'elk.partitioning.partition': String(i.partition),
      };
    c.elk.children = kept.map((i) => i.elk);
    c.items.splice(0, c.items.length, ...kept);
  }

  // Each edge joins, in the container where its two ends meet, the two items that hold them,
  // from the upper tier to the lower; one edge per pair.
  const chain = (id: string): string[] => {
    const out = [id];
    for (let p = parentOf.get(id); p !== undefined; p = parentOf.get(p)) out.push(p);
    return out;
  };
  const partitionOfItem = new Map<string, number>();
  for (const c of containers.values())
    for (const i of c.items) partitionOfItem.set(i.elk.id, i.partition);
  const elkById = new Map<string, ElkNode>();
  const index = (n: ElkNode) => {
    elkById.set(n.id, n);
    for (const c of n.children ?? []) index(c);
  };
  index(root.elk);
  const seen = new Set<string>();
  t.edges.forEach((e, i) => {
    if (!byId.has(e.source) || !byId.has(e.target) || e.source === e.target) return;
    const a = chain(e.source);
    const b = chain(e.target);
    const common = a.find((x) => b.includes(x) && x !== e.source && x !== e.target);
    const ia = common === undefined ? a[a.length - 1] : a[a.indexOf(common) - 1];
    const ib = common === undefined ? b[b.length - 1] : b[b.indexOf(common) - 1];
    if (ia === undefined || ib === undefined || ia === ib) return;
    const container = common === undefined ? root.elk : elkById.get(common);
    // Bands pack; blocks hold their own edges.
    if (!container || common?.startsWith('band:') || common?.startsWith('block:')) return;
    const pa = partitionOfItem.get(ia);
    const pb = partitionOfItem.get(ib);
    if (pa === undefined || pb === undefined || pa === pb) return;
    const [s, d] = pa < pb ? [ia, ib] : [ib, ia];
    const key = `${s}\u0000${d}`;
    if (seen.has(key)) return;
    seen.add(key);
    const edge: ElkExtendedEdge = { id: `e${i}`, sources: [s], targets: [d] };
    container.edges = [...(container.edges ?? []), edge];
  });
  return root.elk;
}

/** Top-left positions of the nodes, absolute (ELK gives children relative to what holds them). */
export function positionsFrom(result: ElkNode, nodeIds: ReadonlySet<string>): Map<string, XY> {
  const out = new Map<string, XY>();
  const walk = (n: ElkNode, ox: number, oy: number) => {
    for (const c of n.children ?? []) {
      const x = ox + (c.x ?? 0);
      const y = oy + (c.y ?? 0);
      if (nodeIds.has(c.id)) out.set(c.id, { x: Math.round(x), y: Math.round(y) });
      walk(c, x, y);
    }
  };
  walk(result, 0, 0);
  return out;
}
