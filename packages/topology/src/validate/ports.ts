import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { DATABASE_ENGINES } from '../kinds/database.js';
import { KINDS } from '../kinds/registry.js';
import { isApimNode, rolesOfKind, type TopologyModel } from '../model.js';
import { PORTS, listeningPorts, type PortName } from '../ports.js';
import type { Node } from '../topology.js';
import type { NodeKind } from '../kinds/kind.js';
import type { Family } from '../versions.js';
import { hazelcastPort } from '../generate/ha.js';

interface Listener {
  readonly port: number;
  readonly what: string;
}

/** What a kind opens at an offset, per family: the same few lists over and over, so kept. */
const KIND_LISTENERS = new Map<string, readonly Listener[]>();
const KIND_LISTENERS_MAX = 4096;

function kindListeners(kind: NodeKind, offset: number, family: Family): readonly Listener[] {
  const key = `${kind}:${family}:${offset}`;
  let list = KIND_LISTENERS.get(key);
  if (!list) {
    list = listeningPorts(rolesOfKind(kind), offset, false, family).map(
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

function listeners(
  model: TopologyModel,
  node: Node,
  offset = isApimNode(node) ? node.offset : 0,
): readonly Listener[] {
  if (isApimNode(node)) {
    const cluster = model.clusterOf(node.id);
    const hazelcast: Listener[] = cluster?.lb.hazelcast
      ? [{ port: hazelcastPort({ node, cluster: () => cluster }), what: 'Hazelcast member port' }]
      : [];
    const own = kindListeners(node.kind, offset, model.version.family);
    return hazelcast.length > 0 ? [...hazelcast, ...own] : own;
  }
  if (node.kind === 'database') {
    return [
      {
        port: node.port ?? DATABASE_ENGINES[node.engine].defaultPort,
        what: `${DATABASE_ENGINES[node.engine].label} server`,
      },
    ];
  }
  const lb: Listener[] = [
    { port: 80, what: 'load balancer HTTP' },
    { port: 443, what: 'load balancer HTTPS' },
  ];
  if (node.kind === 'load-balancer' && node.fronts === 'all-in-one') {
    lb.push(
      { port: PORTS.passthroughHttp.base, what: 'load balancer API traffic' },
      { port: PORTS.passthroughHttps.base, what: 'load balancer API traffic' },
    );
  }
  if (
    node.kind === 'load-balancer' &&
    rolesOfKind(node.fronts).includes('gateway') &&
    model.version.websubPorts
  ) {
    lb.push(
      { port: PORTS.websubHttp.base, what: 'load balancer WebSub' },
      { port: PORTS.websubHttps.base, what: 'load balancer WebSub over TLS' },
    );
  }
  if (node.kind === 'load-balancer' && rolesOfKind(node.fronts).includes('gateway')) {
    lb.push(
      { port: PORTS.websocket.base, what: 'load balancer WebSocket' },
      { port: PORTS.websocketSecure.base, what: 'load balancer secure WebSocket' },
    );
  }
  return lb;
}

/** The smallest offset at which `node` collides with none of `others`. */
function freeOffset(model: TopologyModel, node: Node, others: readonly Node[]): number | null {
  if (!isApimNode(node)) return null;
  const taken = new Set(others.flatMap((o) => listeners(model, o).map((l) => l.port)));
  for (let offset = 0; offset < 1000; offset++) {
    if (listeners(model, node, offset).every((l) => !taken.has(l.port))) return offset;
  }
  return null;
}

/** Two nodes on one host listening on the same port: the second cannot start. */
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
    byHost.set(host, [...(byHost.get(host) ?? []), node]);
  }
  for (const [host, group] of byHost) {
    group.forEach((b, j) => {
      const bPorts = listenersOf(b);
      for (const a of group.slice(0, j)) {
        const aPorts = new Map(listenersOf(a).map((l) => [l.port, l.what]));
        const clash = bPorts.find((l) => aPorts.has(l.port));
        if (!clash) continue;
        const free = freeOffset(
          model,
          b,
          group.filter((n) => n !== b),
        );
        const fix =
          free !== null
            ? `Give ${b.name} offset ${free} (free on ${host}), or move it to another host.`
            : `Move ${b.name} to another host${isApimNode(a) ? ` or change the offset of ${a.name}` : ''}.`;
        out.push(
          diagnostic(
            'port-conflict',
            `Port ${clash.port} on ${host} is taken twice: ${a.name} (${KINDS[a.kind].label}, ${aPorts.get(clash.port) ?? ''}) and ` +
              `${b.name} (${KINDS[b.kind].label}, ${clash.what}). ${fix}`,
            {
              nodeId: b.id,
              path: ['nodes', model.indexOf(b.id), isApimNode(b) ? 'offset' : 'host'],
            },
          ),
        );
        break;
      }
    });
  }
  return out;
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
