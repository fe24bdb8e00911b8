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

export function resolveUrl(slot: UrlSlot, self: Draft, known: Known): Target {
  const url = parseUrl(slot.value);
  if (!url) return { type: 'none', why: 'not a URL' };
  const lb = known.balancers.find((b) => b.host === url.host);
  if (lb) {
    if (rolesOfKind(lb.fronts).includes(slot.role)) return { type: 'balancer', balancer: lb };
    return {
      type: 'none',
      why: `${url.host} is load balancer ${lb.name} in front of ${lb.fronts} nodes, which do not play ${slot.role}`,
    };
  }
  const loop = isLoopback(url.host);
  const onHost = known.drafts.filter(
    (d) =>
      d.host === url.host ||
      (d.nodeIp !== undefined && !isLoopback(d.nodeIp) && d.nodeIp === url.host) ||
      (loop && (d === self || isLoopback(d.host))),
  );
  if (onHost.length === 0) return { type: 'none', why: `no imported node has host ${url.host}` };
  const playing = onHost.filter((d) => rolesOfKind(d.kind).includes(slot.role));
  if (playing.length === 0)
    return {
      type: 'none',
      why: `${url.host} is ${onHost.map((d) => `${d.id} (${d.kind})`).join(', ')}, not a ${slot.role}`,
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
