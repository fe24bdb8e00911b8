/** Which node or load balancer a URL points at: by host, and by the port at the target's offset. */
import { portAt } from '../ports.js';
import type { Balancer, Draft } from './nodes.js';
import { isLoopback } from './nodes.js';
import { rolesOfKind } from '../kinds/meta-registry.js';
import { parseUrl } from './urls.js';
import type { UrlSlot } from './urls.js';

export type Target =
  | { readonly type: 'node'; readonly draft: Draft; readonly note?: string }
  | { readonly type: 'balancer'; readonly balancer: Balancer }
  | { readonly type: 'none'; readonly why: string };

export interface Known {
  readonly drafts: readonly Draft[];
  readonly balancers: readonly Balancer[];
}

/** The drafts by host and by `node_ip`, and the balancers by host: built once per import. */
interface KnownIndex {
  readonly position: ReadonlyMap<Draft, number>;
  readonly byHost: ReadonlyMap<string, readonly number[]>;
  readonly loopback: readonly number[];
  readonly balancers: ReadonlyMap<string, Balancer>;
}
const INDEXES = new WeakMap<Known, KnownIndex>();

function indexOf(known: Known): KnownIndex {
  let index = INDEXES.get(known);
  if (index) return index;
  const byHost = new Map<string, number[]>();
  const add = (host: string, i: number) => {
    const list = byHost.get(host);
    if (list) {
      if (list[list.length - 1] !== i) list.push(i);
    } else byHost.set(host, [i]);
  };
  const loopback: number[] = [];
  const position = new Map<Draft, number>();
  known.drafts.forEach((d, i) => {
    position.set(d, i);
    add(d.host, i);
    if (d.nodeIp !== undefined && !isLoopback(d.nodeIp)) add(d.nodeIp, i);
    if (isLoopback(d.host)) loopback.push(i);
  });
  const balancers = new Map<string, Balancer>();
  for (const b of known.balancers) if (!balancers.has(b.host)) balancers.set(b.host, b);
  index = { position, byHost, loopback, balancers };
  INDEXES.set(known, index);
  return index;
}

/**
 * The drafts on a URL's host, in draft order: by host, by `node_ip`, and for a loopback host the
 * node itself and every loopback node. (Looked up, not scanned: a scan per URL made an import of
 * n files on one host take n² time.)
 */
function draftsOnHost(known: Known, host: string, self: Draft): Draft[] {
  const index = indexOf(known);
  const found = new Set(index.byHost.get(host) ?? []);
  if (isLoopback(host)) {
    for (const i of index.loopback) found.add(i);
    const own = index.position.get(self);
    if (own !== undefined) found.add(own);
  }
  return [...found].sort((a, b) => a - b).flatMap((i) => known.drafts[i] ?? []);
}

/** A few names and how many more: a message stays short however many nodes share a host. */
function listSome(names: readonly string[], max = 3): string {
  return names.length <= max
    ? names.join(', ')
    : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export function resolveUrl(slot: UrlSlot, self: Draft, known: Known): Target {
  const url = parseUrl(slot.value);
  if (!url) return { type: 'none', why: 'not a URL' };
  const lb = indexOf(known).balancers.get(url.host);
  if (lb) {
    if (rolesOfKind(lb.fronts).includes(slot.role)) return { type: 'balancer', balancer: lb };
    return {
      type: 'none',
      why: `${url.host} is load balancer ${lb.name} in front of ${lb.fronts} nodes, which do not play ${slot.role}`,
    };
  }
  const loop = isLoopback(url.host);
  const onHost = draftsOnHost(known, url.host, self);
  if (onHost.length === 0) return { type: 'none', why: `no imported node has host ${url.host}` };
  const playing = onHost.filter((d) => rolesOfKind(d.kind).includes(slot.role));
  if (playing.length === 0)
    return {
      type: 'none',
      why: `${url.host} is ${listSome(onHost.map((d) => `${d.id} (${d.kind})`))}, not a ${slot.role}`,
    };
  if (url.port === 'placeholder' || url.port === undefined) {
    const pick = playing.includes(self) ? self : playing.length === 1 ? playing[0] : undefined;
    if (!pick)
      return {
        type: 'none',
        why: `${url.host} has several ${slot.role} nodes and the URL names no port`,
      };
    return {
      type: 'node',
      draft: pick,
      note: `${slot.key} = "${slot.value}" names no port; taken as ${pick.id} at its own offset${loop ? ` (${url.host} is the node itself)` : ''}.`,
    };
  }
  const exact = playing.filter((d) => portAt(slot.port, d.offset) === url.port);
  const first = exact.includes(self) ? self : exact[0];
  if (first) return { type: 'node', draft: first };
  if (playing.length === 1 && playing[0]) {
    const d = playing[0];
    return {
      type: 'node',
      draft: d,
      note: `${slot.key} = "${slot.value}": port ${url.port} is not ${d.id}'s ${slot.port} port ${portAt(slot.port, d.offset)} at offset ${d.offset}; connected by host, and the value is kept as written.`,
    };
  }
  return {
    type: 'none',
    why: `no ${slot.role} on ${url.host} listens on ${slot.port} port ${url.port}`,
  };
}

/** The node or balancer id a target stands for. */
export function targetId(t: Target): string | undefined {
  return t.type === 'node' ? t.draft.id : t.type === 'balancer' ? t.balancer.id : undefined;
}
