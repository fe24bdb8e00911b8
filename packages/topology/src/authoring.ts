/**
 * Helpers for editing a topology (the canvas and the CLI use them): new nodes with a unique name, a
 * host and a free offset, and what each connection carries.
 */
import { DATABASE_ENGINES } from './kinds/database-engines.js';
import { isApimNode, isDatabase, isKeyValueStore, isLoadBalancer } from './kinds/guards.js';
import type { NodeKind } from './kinds/kind-names.js';
import { isApimKind, isDedicatedTo, rolesOfKind } from './kinds/meta-registry.js';
import { KINDS } from './kinds/registry.js';
import { serverListener } from './kinds/servers.js';
import { TopologyModel } from './model.js';
import { listeningPorts } from './ports.js';
import type { Node, Topology } from './topology.js';
import { Node as NodeSchema } from './topology.js';
import type { Endpoint } from './generate/context.js';
import {
  amqpUrl,
  binaryUrl,
  gatewayUrls,
  managementBase,
  memberNodes,
  servicesUrl,
} from './generate/urls.js';
import { urlHost } from './fields.js';
import { versionFacts } from './versions.js';

/** `prefix`, or `prefix-2`, `prefix-3`, … : the first name no node has. */
export function uniqueName(topology: Pick<Topology, 'nodes'>, prefix: string): string {
  const taken = new Set(topology.nodes.map((n) => n.name.trim().toLowerCase()));
  if (!taken.has(prefix.toLowerCase())) return prefix;
  for (let i = 2; ; i++) if (!taken.has(`${prefix}-${i}`.toLowerCase())) return `${prefix}-${i}`;
}

/** The smallest offset at which a node of `kind` on `host` collides with no node already there. */
export function freeOffset(
  topology: Pick<Topology, 'nodes'> & { apimVersion?: Topology['apimVersion'] },
  host: string,
  kind: NodeKind,
  ignoreId?: string,
): number {
  const version = topology.apimVersion ? versionFacts(topology.apimVersion) : undefined;
  const taken = new Set<number>();
  for (const n of topology.nodes) {
    if (n.id === ignoreId || n.host.toLowerCase() !== host.toLowerCase()) continue;
    if (isApimNode(n))
      for (const p of listeningPorts(rolesOfKind(n.kind), n.offset)) taken.add(p.port);
    else {
      const server = serverListener(n);
      if (server) taken.add(server.port);
    }
  }
  for (let offset = 0; offset < 1000; offset++) {
    if (listeningPorts(rolesOfKind(kind), offset, false, version).every((p) => !taken.has(p.port)))
      return offset;
  }
  return 0;
}

/** A new node of `kind`: unique id and name, host `<name>.example.com`, a free offset. */
export function createNode(
  topology: Pick<Topology, 'nodes'> & { apimVersion?: Topology['apimVersion'] },
  kind: NodeKind,
  position?: { x: number; y: number },
  host?: string,
): Node {
  const def = KINDS[kind];
  const name = uniqueName(topology, def.namePrefix);
  const ids = new Set(topology.nodes.map((n) => n.id));
  let id = name;
  for (let i = 2; ids.has(id); i++) id = `${name}-${i}`;
  const nodeHost = host ?? `${name}.example.com`;
  const base: Record<string, unknown> = {
    id,
    kind,
    name,
    host: nodeHost,
    ...def.newNodeFields?.(topology.nodes, name),
  };
  if (position) base.position = position;
  if (isApimKind(kind)) base.offset = freeOffset(topology, nodeHost, kind);
  return NodeSchema.parse(base);
}

function endpointOf(model: TopologyModel, node: Node): Endpoint | undefined {
  if (isApimNode(node)) return { type: 'node', node };
  if (isLoadBalancer(node)) {
    const c = model.clusterBehind(node.id);
    if (c && c.members.length > 0) return { type: 'cluster', lb: node, members: c.members };
  }
  return undefined;
}

function tmSummary(ep: Endpoint): string {
  const tms = memberNodes([ep]);
  return `throttle events → ${tms.map(binaryUrl).join(', ')}; decisions ← ${tms.map(amqpUrl).join(', ')}`;
}

/**
 * What a connection carries, in one line per purpose, e.g.
 * `key validation → https://km.wso2.com:9443/services/`. Empty when the connection is not valid.
 */
export function describeConnection(topology: Topology, source: string, target: string): string[] {
  const model = new TopologyModel(topology);
  const a = model.node(source);
  const b = model.node(target);
  if (!a || !b || !model.neighbours(a.id).includes(b)) return [];
  for (const [lb, other] of [
    [a, b],
    [b, a],
  ] as const) {
    if (isLoadBalancer(lb) && other.kind === lb.fronts) {
      return [
        `${other.name} is a member of the cluster behind ${lb.name} (clients use ${lb.host})`,
      ];
    }
  }
  const db = isDatabase(a) ? a : isDatabase(b) ? b : undefined;
  if (db) {
    const engine = DATABASE_ENGINES[db.engine];
    const names = [db.apimDbName, db.sharedDbName].filter((n) => n !== null).join(' and ');
    return [`${names} on ${engine.label} ${urlHost(db.host)}:${db.port ?? engine.defaultPort}`];
  }
  const store = isKeyValueStore(a) ? a : isKeyValueStore(b) ? b : undefined;
  const listener = store && serverListener(store);
  if (store && listener) {
    return [`throttle counters shared in ${listener.what} ${urlHost(store.host)}:${listener.port}`];
  }
  const out: string[] = [];
  for (const [client, server] of [
    [a, b],
    [b, a],
  ] as const) {
    const ep = endpointOf(model, server);
    if (!ep || !isApimNode(client)) continue;
    const serverRoles = rolesOfKind(isLoadBalancer(server) ? server.fronts : server.kind);
    const clientRoles = rolesOfKind(client.kind);
    const has = (r: string) => serverRoles.some((x) => x === r);
    const is = (r: string) => clientRoles.some((x) => x === r);
    if (
      has('key-manager') &&
      (is('gateway') || is('publisher') || is('devportal') || is('traffic-manager'))
    ) {
      out.push(`${is('gateway') ? 'key validation' : 'key management'} → ${servicesUrl(ep)}`);
    }
    if (
      has('traffic-manager') &&
      !is('traffic-manager') &&
      (is('gateway') || is('publisher') || is('devportal') || is('key-manager'))
    ) {
      if (is('publisher')) out.push(`throttling policy deployment → ${servicesUrl(ep)}`);
      out.push(tmSummary(ep));
      if (is('key-manager') && model.version.keyManagerRevocationNotifier) {
        out.push(`token revocation → ${managementBase(ep)}/internal/data/v1/notify`);
      }
    }
    if (has('gateway') && !is('gateway') && (is('publisher') || is('devportal'))) {
      const urls = gatewayUrls(ep);
      out.push(
        is('publisher') && !is('devportal')
          ? `API deployment → ${urls.serviceUrl}`
          : `gateway URLs listed: ${urls.https}, ${urls.http}`,
      );
    }
    if (has('devportal') && isDedicatedTo(client.kind, 'publisher'))
      out.push(`Developer Portal link → ${managementBase(ep)}/devportal`);
  }
  return [...new Set(out)];
}
