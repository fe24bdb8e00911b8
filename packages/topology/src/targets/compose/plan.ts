/**
 * The compose services of a design: one per node (a load balancer only with members), named after the
 * node's host where that is a DNS label, else after its name with the host as a network alias, so
 * that every URL of the generated deployment.toml files resolves unchanged inside the compose network.
 * Each service publishes what listeners.ts says its node listens on; a port another service already
 * publishes on this machine goes to the next port no node uses.
 */
import { nodeFolder } from '../../bundle-paths.js';
import { isApimNode, isLoadBalancer } from '../../kinds/guards.js';
import { listeners } from '../../listeners.js';
import type { CertificateOptions } from '../../certs/plan.js';
import type { TopologyModel } from '../../model.js';
import { startOrder } from '../../render/readme.js';
import type { Node } from '../../topology.js';

export interface PublishedPort {
  /** The port inside the container (the node's own, with its offset). */
  readonly container: number;
  /** The port on this machine. */
  readonly host: number;
  readonly what: string;
}

export interface ComposeService {
  readonly name: string;
  readonly node: Node;
  /** Names other services reach it by besides its own: its host, when that is not its name. */
  readonly aliases: readonly string[];
  readonly ports: readonly PublishedPort[];
  /** Start position: databases and key-value stores, API-M nodes in WSO2's order, each load balancer after its members. */
  readonly order: number;
}

export interface ComposePlan {
  /** In the order of the compose file (the start order). */
  readonly services: readonly ComposeService[];
  readonly byNode: ReadonlyMap<string, ComposeService>;
}

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A host other containers cannot reach by name: an address, or the container itself. */
export function isLoopbackOrAddress(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^[\d.]+$/.test(h) || h.includes(':');
}

function labelOf(name: string): string {
  const slug = nodeFolder(name)
    .replace(/[._]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return DNS_LABEL.test(slug) ? slug : 'node';
}

/** The nodes that run in a container, with their start position. */
function placed(model: TopologyModel): { node: Node; order: number }[] {
  const rank = new Map(startOrder(model).map((n, i) => [n.id, i + 1]));
  const out: { node: Node; order: number }[] = [];
  for (const node of model.nodes) {
    if (isApimNode(node)) out.push({ node, order: rank.get(node.id) ?? 0 });
    else if (isLoadBalancer(node)) {
      const members = model.clusterBehind(node.id)?.members ?? [];
      if (members.length === 0) continue;
      out.push({ node, order: Math.max(...members.map((m) => rank.get(m.id) ?? 0)) + 0.5 });
    } else out.push({ node, order: 0 });
  }
  // A stable sort keeps document order among equals.
  return out.sort((a, b) => a.order - b.order);
}

function names(entries: readonly { node: Node }[]): Map<string, string> {
  const byNode = new Map<string, string>();
  const taken = new Set<string>();
  for (const { node } of entries) {
    const host = node.host.toLowerCase();
    if (DNS_LABEL.test(host) && !isLoopbackOrAddress(host) && !taken.has(host)) {
      byNode.set(node.id, host);
      taken.add(host);
    }
  }
  for (const { node } of entries) {
    if (byNode.has(node.id)) continue;
    const base = labelOf(node.name);
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 60)}-${i}`;
    byNode.set(node.id, name);
    taken.add(name);
  }
  return byNode;
}

/** Who keeps its own port numbers on this machine first: load balancers, API-M nodes, then the rest. */
function publishingPriority(node: Node): number {
  return isLoadBalancer(node) ? 0 : isApimNode(node) ? 1 : 2;
}

export function composePlan(model: TopologyModel): ComposePlan {
  const entries = placed(model);
  const serviceNames = names(entries);
  const own = new Map(entries.map(({ node }) => [node.id, listeners(model, node)]));
  const designPorts = new Set([...own.values()].flatMap((ls) => ls.map((l) => l.port)));
  const used = new Set<number>();
  const published = new Map<string, PublishedPort[]>();
  const byPriority = [...entries].sort(
    (a, b) => publishingPriority(a.node) - publishingPriority(b.node),
  );
  for (const { node } of byPriority) {
    const ports: PublishedPort[] = [];
    for (const l of own.get(node.id) ?? []) {
      let host = l.port;
      if (used.has(host)) {
        host = l.port + 1;
        while (host <= 65535 && (designPorts.has(host) || used.has(host))) host++;
        if (host > 65535) continue;
      }
      used.add(host);
      ports.push({ container: l.port, host, what: l.what });
    }
    published.set(node.id, ports);
  }
  const services: ComposeService[] = entries.map(({ node, order }) => {
    const name = serviceNames.get(node.id) ?? labelOf(node.name);
    const host = node.host.toLowerCase();
    return {
      name,
      node,
      aliases: host === name || isLoopbackOrAddress(host) ? [] : [node.host],
      ports: published.get(node.id) ?? [],
      order,
    };
  });
  return { services, byNode: new Map(services.map((s) => [s.node.id, s])) };
}

/** What compose adds to the certificate plan: each container's service name beside its host alias. */
export function composeCertificates(
  model: TopologyModel,
  plan = composePlan(model),
): CertificateOptions {
  return { extraNames: (node) => [plan.byNode.get(node.id)?.name ?? node.host] };
}
