/**
 * What every node listens on, per host: API-M nodes their roles' ports at their offset, databases
 * and key-value stores their server's port, load balancers what they publish for the cluster behind them.
 */
import { isApimNode, isLoadBalancer } from './kinds/guards.js';
import type { NodeKind } from './kinds/kind-names.js';
import {
  isDedicatedTo,
  rolesOfKind,
  servesApiTraffic,
  servesPortals,
} from './kinds/meta-registry.js';
import { serverListener } from './kinds/servers.js';
import type { TopologyModel } from './model.js';
import { PORTS, listeningPorts, type PortName } from './ports.js';
import type { Node } from './topology.js';
import type { VersionFacts } from './versions.js';
import { hazelcastPort } from './generate/ha.js';

export interface Listener {
  readonly port: number;
  readonly what: string;
}

/** What a kind opens at an offset, per release: the same few lists over and over, so kept. */
const KIND_LISTENERS = new Map<string, readonly Listener[]>();
const KIND_LISTENERS_MAX = 4096;

function kindListeners(kind: NodeKind, offset: number, version: VersionFacts): readonly Listener[] {
  const key = `${kind}:${version.version}:${offset}`;
  let list = KIND_LISTENERS.get(key);
  if (!list) {
    list = listeningPorts(rolesOfKind(kind), offset, false, version).map(
      ({ name, port }: { name: PortName; port: number }) => ({
        port,
        what: PORTS[name].purpose,
      }),
    );
    if (KIND_LISTENERS.size >= KIND_LISTENERS_MAX) KIND_LISTENERS.clear();
    KIND_LISTENERS.set(key, list);
  }
  return list;
}

/** Every port a node listens on (at `offset`, for an API-M node), with what it is for. */
export function listeners(
  model: TopologyModel,
  node: Node,
  offset = isApimNode(node) ? node.offset : 0,
): readonly Listener[] {
  if (isApimNode(node)) {
    const cluster = model.clusterOf(node.id);
    const hazelcast: Listener[] = cluster?.lb.hazelcast
      ? [{ port: hazelcastPort({ node, cluster: () => cluster }), what: 'Hazelcast member port' }]
      : [];
    const own = kindListeners(node.kind, offset, model.version);
    return hazelcast.length > 0 ? [...hazelcast, ...own] : own;
  }
  const server = serverListener(node);
  if (server) return [{ port: server.port, what: server.what }];
  const lb: Listener[] = [
    { port: 80, what: 'load balancer HTTP' },
    { port: 443, what: 'load balancer HTTPS' },
  ];
  if (!isLoadBalancer(node)) return lb;
  const apiTraffic = servesApiTraffic(node.fronts);
  // A cluster that also serves the portals keeps 443 for them: API traffic on the pass-through ports.
  if (apiTraffic && servesPortals(node.fronts)) {
    lb.push(
      { port: PORTS.passthroughHttp.base, what: 'load balancer API traffic' },
      { port: PORTS.passthroughHttps.base, what: 'load balancer API traffic' },
    );
  }
  if (apiTraffic && model.version.websubPorts) {
    lb.push(
      { port: PORTS.websubHttp.base, what: 'load balancer WebSub' },
      { port: PORTS.websubHttps.base, what: 'load balancer WebSub over TLS' },
    );
  }
  if (apiTraffic) {
    lb.push(
      { port: PORTS.websocket.base, what: 'load balancer WebSocket' },
      { port: PORTS.websocketSecure.base, what: 'load balancer secure WebSocket' },
    );
  }
  // In front of gateway nodes, API deployments come in on the management port (render/nginx.ts).
  if (isDedicatedTo(node.fronts, 'gateway'))
    lb.push({ port: PORTS.https.base, what: 'load balancer management (API deployment)' });
  return lb;
}

/** Two nodes that would listen on the same port if every node ran on one machine. */
export interface OneMachineClash {
  readonly a: Node;
  readonly b: Node;
  readonly port: number;
}

/**
 * The first port two nodes share when all of them run on one machine (the bundle's `hosts` file maps
 * every host name to 127.0.0.1 for such a trial), or null when the topology fits on one machine.
 */
export function oneMachineClash(model: TopologyModel): OneMachineClash | null {
  const owner = new Map<number, Node>();
  for (const node of model.nodes) {
    for (const { port } of listeners(model, node)) {
      const a = owner.get(port);
      if (a && a !== node) return { a, b: node, port };
      owner.set(port, node);
    }
  }
  return null;
}
