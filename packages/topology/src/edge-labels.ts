/**
 * What the canvas writes on an edge: which way the calls go and a short label of what it carries
 * (`binary 9611 · AMQP 5672`, `JDBC 3306`, `HTTPS 443`). Derived from the graph model (what each
 * node reaches for which role), the port table (`ports.ts`, at the offset of the node called) and the
 * database engines; the long form, one line per purpose, is `describeConnection`.
 */
import { DATABASE_ENGINES } from './kinds/database-engines.js';
import { isApimNode, isDatabase, isLoadBalancer } from './kinds/guards.js';
import { rolesOfKind } from './kinds/meta-registry.js';
import { TopologyModel } from './model.js';
import { PORTS, portAt, type PortName } from './ports.js';
import type { Node, Topology } from './topology.js';
import { ROLES, type Role } from './roles.js';
import type { VersionFacts } from './versions.js';

/** `forward`: the edge's source calls its target; `both`: each calls the other; `none`: no call. */
export type CallDirection = 'forward' | 'backward' | 'both' | 'none';

export interface EdgeLabel {
  readonly direction: CallDirection;
  /** Protocols and ports, e.g. `HTTPS 9443 · binary 9611 · AMQP 5672`; empty when nothing is called. */
  readonly text: string;
}

/**
 * The ports a client calls on a node of each role, and the client roles that call it (after
 * describeConnection and the generators: key validation and management, throttle events and
 * decisions, API deployment, the event hub). Portals and Publishers are linked to, not called.
 */
const SERVICES: Readonly<
  Record<
    Role,
    {
      readonly ports: readonly PortName[];
      readonly clients: readonly Role[];
      /** Clients that call it only where the release says so. */
      readonly when?: { readonly clients: readonly Role[]; readonly fact: keyof VersionFacts };
    }
  >
> = {
  'key-manager': {
    ports: ['https'],
    clients: ['gateway', 'devportal'],
    when: {
      clients: ['publisher', 'traffic-manager'],
      fact: 'publisherAndTrafficManagerUseKeyManager',
    },
  },
  'traffic-manager': {
    ports: ['binary', 'amqp'],
    clients: ['gateway', 'publisher', 'devportal', 'key-manager'],
  },
  gateway: { ports: ['https'], clients: ['publisher'] },
  'event-hub': { ports: ['https', 'amqp'], clients: ['gateway', 'traffic-manager'] },
  publisher: { ports: [], clients: [] },
  devportal: { ports: [], clients: [] },
};

/** Binary and AMQP go to every member of a cluster directly; HTTPS through its load balancer. */
const DIRECT: ReadonlySet<PortName> = new Set(['binary', 'binarySsl', 'amqp', 'amqpSsl']);
/** A load balancer's HTTPS listener (nginx in the bundle listens on 443). */
const LB_HTTPS = 443;

const WORD: Partial<Record<PortName, string>> = {
  https: 'HTTPS',
  passthroughHttps: 'HTTPS',
  binary: 'binary',
  amqp: 'AMQP',
};

/** The roles that open the gateway pass-through port, from the port table. */
const PORT_ROLES = { passthroughHttps: asRoles(PORTS.passthroughHttps.roles) };
function asRoles(roles: readonly Role[] | 'all'): readonly Role[] {
  return roles === 'all' ? ROLES : roles;
}

interface Call {
  readonly word: string;
  readonly port: number;
}

/** What `client` calls on `server` (a node, or the cluster behind a load balancer), in label order. */
function callsTo(model: TopologyModel, client: Node, server: Node): Call[] {
  if (!isApimNode(client)) return [];
  const out: Call[] = [];
  const clientRoles = rolesOfKind(client.kind);
  for (const role of ROLES) {
    const service = SERVICES[role];
    const clients =
      service.when && model.version[service.when.fact] === true
        ? [...service.clients, ...service.when.clients]
        : service.clients;
    if (service.ports.length === 0 || !clientRoles.some((r) => clients.includes(r))) continue;
    // A node does not call its own role on another node (Traffic Managers do not throttle each other).
    if (clientRoles.includes(role)) continue;
    const ep = model
      .reach(client.id, role)
      .find((e) => (e.type === 'node' ? e.node.id : e.lb.id) === server.id);
    if (!ep) continue;
    for (const name of service.ports) {
      if (ep.type === 'node')
        out.push({ word: WORD[name] ?? name, port: portAt(name, ep.node.offset) });
      else if (!DIRECT.has(name)) out.push({ word: WORD[name] ?? name, port: LB_HTTPS });
      else
        for (const m of ep.members)
          out.push({ word: WORD[name] ?? name, port: portAt(name, m.offset) });
    }
  }
  return out;
}

/** `HTTPS 9443 · binary 9611, 9612 · AMQP 5672`: one entry per protocol, ports in order. */
function format(calls: readonly Call[]): string {
  const byWord = new Map<string, number[]>();
  for (const c of calls) {
    const ports = byWord.get(c.word) ?? [];
    if (!ports.includes(c.port)) ports.push(c.port);
    byWord.set(c.word, ports);
  }
  return [...byWord].map(([word, ports]) => `${word} ${ports.join(', ')}`).join(' · ');
}

function direction(forward: boolean, backward: boolean): CallDirection {
  if (forward && backward) return 'both';
  if (forward) return 'forward';
  return backward ? 'backward' : 'none';
}

function labelOf(model: TopologyModel, a: Node, b: Node): EdgeLabel {
  // A load balancer and a member of its cluster: it forwards to the member's listeners.
  for (const [lb, member, forward] of [
    [a, b, true],
    [b, a, false],
  ] as const) {
    const cluster = isLoadBalancer(lb) ? model.clusterBehind(lb.id) : undefined;
    if (cluster?.members.some((m) => m.id === member.id) && isApimNode(member)) {
      const ports: PortName[] = PORT_ROLES.passthroughHttps.some((r) =>
        rolesOfKind(member.kind).includes(r),
      )
        ? ['passthroughHttps', 'https']
        : ['https'];
      return {
        direction: forward ? 'forward' : 'backward',
        text: format(ports.map((p) => ({ word: WORD[p] ?? p, port: portAt(p, member.offset) }))),
      };
    }
  }
  // A database: every API-M node wired to it opens JDBC connections to it.
  for (const [db, forward] of [
    [b, true],
    [a, false],
  ] as const) {
    if (isDatabase(db)) {
      const port = db.port ?? DATABASE_ENGINES[db.engine].defaultPort;
      return { direction: forward ? 'forward' : 'backward', text: `JDBC ${port}` };
    }
  }
  const ab = callsTo(model, a, b);
  const ba = callsTo(model, b, a);
  return { direction: direction(ab.length > 0, ba.length > 0), text: format([...ab, ...ba]) };
}

/**
 * One label per document edge, in document order; null for an edge the model leaves out (unknown
 * node, self, not allowed, duplicate: validation says why).
 */
export function edgeLabels(topology: Topology): (EdgeLabel | null)[] {
  const model = new TopologyModel(topology);
  const out: (EdgeLabel | null)[] = topology.edges.map(() => null);
  for (const ref of model.validEdges) {
    const e = topology.edges[ref.index];
    const a = e && model.node(e.source);
    const b = e && model.node(e.target);
    if (a && b) out[ref.index] = labelOf(model, a, b);
  }
  return out;
}
