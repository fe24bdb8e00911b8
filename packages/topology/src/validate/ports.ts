import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { isApimNode } from '../kinds/guards.js';
import { kindLabel } from '../kinds/meta-registry.js';
import { listeners, type Listener } from '../listeners.js';
import type { TopologyModel } from '../model.js';
import type { Node } from '../topology.js';

/** Offsets a free-offset suggestion may name. */
const OFFSETS = 1000;

/**
 * Free-offset suggestions for the nodes of one host. A node's listeners at offset o are its fixed
 * ports (Hazelcast's, ports the offset does not move) and its shifting ports `base + o`. Which
 * offsets are free of every listener on the host depends only on the kind, so it is worked out
 * once per kind; a node's own listeners (left out, since it is the one moving) can only change the
 * verdict at the few offsets where one of its ports lands on one of its shifted bases. Scanning
 * up to 1,000 offsets per clashing node made a crowded host quadratic.
 */
class FreeOffsets {
  private readonly perKind = new Map<string, { bases: number[]; free: number[] }>();

  constructor(
    private readonly model: TopologyModel,
    private readonly taken: ReadonlyMap<number, number>,
  ) {}

  /** The smallest offset at which `node` collides with no other node on the host, or null. */
  of(node: Node, own: readonly Listener[]): number | null {
    if (!isApimNode(node)) return null;
    const at0 = listeners(this.model, node, 0);
    const at1 = listeners(this.model, node, 1);
    const mine = new Map<number, number>();
    for (const l of own) mine.set(l.port, (mine.get(l.port) ?? 0) + 1);
    const free = (port: number) => (this.taken.get(port) ?? 0) - (mine.get(port) ?? 0) <= 0;
    const fixed = at0.filter((l, i) => l.port === at1[i]?.port).map((l) => l.port);
    if (!fixed.every(free)) return null;
    const { bases, free: freeForAll } = this.forKind(node.kind, at0, at1);
    const exact = (o: number) => bases.every((b) => free(b + o));
    // Offsets where the node's own ports make a difference.
    const special = new Set<number>();
    for (const l of own)
      for (const b of bases) if (l.port - b >= 0 && l.port - b < OFFSETS) special.add(l.port - b);
    let best: number | null = null;
    for (const o of freeForAll)
      if (!special.has(o)) {
        best = o;
        break;
      }
    for (const o of special) if ((best === null || o < best) && exact(o)) best = o;
    return best;
  }

  private forKind(kind: string, at0: readonly Listener[], at1: readonly Listener[]) {
    let entry = this.perKind.get(kind);
    if (!entry) {
      const bases = at0.filter((l, i) => l.port !== at1[i]?.port).map((l) => l.port);
      const free: number[] = [];
      for (let o = 0; o < OFFSETS; o++)
        if (bases.every((b) => !this.taken.get(b + o))) free.push(o);
      entry = { bases, free };
      this.perKind.set(kind, entry);
    }
    return entry;
  }
}

/**
 * Two nodes on one host listening on the same port: the second cannot start. Each node is compared
 * with the first earlier node it clashes with, found through the port's first owner (not by
 * comparing every pair: a thousand nodes on one host made that, and the free offset, quadratic).
 */
export function checkPorts(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const cache = new Map<Node, readonly Listener[]>();
  const listenersOf = (node: Node): readonly Listener[] => {
    let l = cache.get(node);
    if (!l) {
      l = listeners(model, node);
      cache.set(node, l);
    }
    return l;
  };
  const byHost = new Map<string, Node[]>();
  for (const node of model.nodes) {
    const host = node.host.toLowerCase();
    if (host === '') continue;
    const group = byHost.get(host);
    if (group) group.push(node);
    else byHost.set(host, [node]);
  }
  for (const [host, group] of byHost) {
    /** Per port: the first node on the host that listens on it (and its position), and how many do. */
    const owner = new Map<number, { readonly at: number; readonly node: Node }>();
    const taken = new Map<number, number>();
    group.forEach((node, at) => {
      for (const l of listenersOf(node)) {
        taken.set(l.port, (taken.get(l.port) ?? 0) + 1);
        if (!owner.has(l.port)) owner.set(l.port, { at, node });
      }
    });
    const offsets = new FreeOffsets(model, taken);
    group.forEach((b, j) => {
      const bPorts = listenersOf(b);
      let first: { readonly at: number; readonly node: Node } | undefined;
      for (const l of bPorts) {
        const o = owner.get(l.port);
        if (o && o.at < j && (!first || o.at < first.at)) first = o;
      }
      if (!first) return;
      const a = first.node;
      const aPorts = new Map(listenersOf(a).map((l) => [l.port, l.what]));
      const clash = bPorts.find((l) => aPorts.has(l.port));
      if (!clash) return;
      const free = offsets.of(b, bPorts);
      const fix =
        free !== null
          ? `Give ${b.name} offset ${free} (free on ${host}), or move it to another host.`
          : `Move ${b.name} to another host${isApimNode(a) ? ` or change the offset of ${a.name}` : ''}.`;
      out.push(
        diagnostic(
          'port-conflict',
          `Port ${clash.port} on ${host} is taken twice: ${a.name} (${kindLabel(a.kind)}, ${aPorts.get(clash.port) ?? ''}) and ` +
            `${b.name} (${kindLabel(b.kind)}, ${clash.what}). ${fix}`,
          {
            nodeId: b.id,
            path: ['nodes', model.indexOf(b.id), isApimNode(b) ? 'offset' : 'host'],
          },
        ),
      );
    });
  }
  return out;
}
