/**
 * The topology as a graph: valid edges only, load-balanced clusters, and what each node reaches.
 * Validation reports every edge this leaves out; generation runs only on documents without errors.
 */
import { checkConnection } from './connections.js';
import type { Cluster, Endpoint, GatewayEnvironment, NodeContext } from './generate/context.js';
import { isDefaultEnvironment } from './kinds/environment.js';
import {
  environmentOf,
  isApimNode,
  isDatabase,
  isKeyValueStore,
  isLoadBalancer,
} from './kinds/guards.js';
import type { ArtifactSync } from './kinds/load-balancer.schema.js';
import { isDedicatedTo, rolesIn, secondaryRolesOfKind } from './kinds/meta-registry.js';
import type { NodeKind } from './kinds/kind-names.js';
import { apimKind } from './kinds/registry.js';
import type { Role } from './roles.js';
import type { ApimNode, DatabaseNode, Node, RedisNode, Topology } from './topology.js';
import type { DatabaseName, VersionFacts } from './versions.js';
import { versionFacts } from './versions.js';

const NO_ENDPOINTS: readonly Endpoint[] = [];
const NO_NODES: readonly Node[] = [];

function isSecondary(kind: NodeKind, role: Role): boolean {
  return secondaryRolesOfKind(kind).includes(role);
}

export interface EdgeRef {
  readonly index: number;
  readonly id: string | undefined;
}

/** What the model made of one edge of the document; validation words the ones it left out. */
export type EdgeStatus =
  | { readonly type: 'valid' }
  | { readonly type: 'unknown-node'; readonly missing: readonly string[] }
  | { readonly type: 'self'; readonly node: Node }
  | { readonly type: 'not-allowed'; readonly a: Node; readonly b: Node; readonly reason: string }
  | { readonly type: 'duplicate'; readonly a: Node; readonly b: Node; readonly first: number };

const VALID: EdgeStatus = { type: 'valid' };

export class TopologyModel {
  readonly version: VersionFacts;
  private readonly byId = new Map<string, Node>();
  private readonly indexById = new Map<string, number>();
  private readonly adjacency = new Map<string, Node[]>();
  private readonly clusterByLb = new Map<string, Cluster>();
  private readonly clusterByMember = new Map<string, Cluster>();
  /** Edges that join two existing, distinct, connectable nodes, first of their pair. */
  readonly validEdges: EdgeRef[] = [];
  /** One status per document edge, in document order. */
  readonly edgeStatus: EdgeStatus[] = [];

  constructor(readonly topology: Topology) {
    this.version = versionFacts(topology.apimVersion);
    const nodes = topology.nodes;
    nodes.forEach((n, i) => {
      if (!this.indexById.has(n.id)) {
        this.byId.set(n.id, n);
        this.indexById.set(n.id, i);
      }
    });
    const pairs = new Map<number, number>();
    // Neighbour indices per node index, for the first node of each id.
    const linked: (number[] | undefined)[] = [];
    topology.edges.forEach((e, index) => {
      const ia = this.indexById.get(e.source);
      const ib = this.indexById.get(e.target);
      const status = this.edgeStatusOf(e.source, e.target, ia, ib, index, pairs);
      this.edgeStatus.push(status);
      if (status !== VALID || ia === undefined || ib === undefined) return;
      (linked[ia] ??= []).push(ib);
      (linked[ib] ??= []).push(ia);
      this.validEdges.push({ index, id: e.id });
    });
    // Neighbours in document order.
    linked.forEach((list, i) => {
      const node = nodes[i];
      if (!list || !node) return;
      if (list.length > 1) list.sort((x, y) => x - y);
      this.adjacency.set(
        node.id,
        list.map((j) => nodes[j] as Node),
      );
    });
    for (const n of nodes) {
      if (!isLoadBalancer(n) || this.byId.get(n.id) !== n) continue;
      const members = this.neighbours(n.id).filter(
        (m): m is ApimNode => m.kind === n.fronts && isApimNode(m),
      );
      const cluster: Cluster = { lb: n, members };
      this.clusterByLb.set(n.id, cluster);
      for (const m of members)
        if (!this.clusterByMember.has(m.id)) this.clusterByMember.set(m.id, cluster);
    }
  }

  private edgeStatusOf(
    source: string,
    target: string,
    ia: number | undefined,
    ib: number | undefined,
    index: number,
    pairs: Map<number, number>,
  ): EdgeStatus {
    const nodes = this.topology.nodes;
    const a = ia === undefined ? undefined : nodes[ia];
    const b = ib === undefined ? undefined : nodes[ib];
    if (!a || !b || ia === undefined || ib === undefined) {
      return {
        type: 'unknown-node',
        missing: [!a ? source : null, !b ? target : null].filter((x) => x !== null),
      };
    }
    if (ia === ib) return { type: 'self', node: a };
    const check = checkConnection(a, b);
    if (!check.ok) return { type: 'not-allowed', a, b, reason: check.reason };
    const pair = ia < ib ? ia * nodes.length + ib : ib * nodes.length + ia;
    const first = pairs.get(pair);
    if (first !== undefined) return { type: 'duplicate', a, b, first };
    pairs.set(pair, index);
    return VALID;
  }

  private nodeList: Node[] | undefined;
  private apimList: ApimNode[] | undefined;
  private readonly roleLists = new Map<Role, ApimNode[]>();

  /** The nodes (the first of each id), in document order. */
  get nodes(): readonly Node[] {
    this.nodeList ??= [...this.byId.values()];
    return this.nodeList;
  }

  node(id: string): Node | undefined {
    return this.byId.get(id);
  }

  indexOf(id: string): number {
    return this.indexById.get(id) ?? -1;
  }

  neighbours(id: string): readonly Node[] {
    return this.adjacency.get(id) ?? NO_NODES;
  }

  /** The cluster behind a load balancer. */
  clusterBehind(lbId: string): Cluster | undefined {
    return this.clusterByLb.get(lbId);
  }

  /** The cluster a node is a member of. */
  clusterOf(nodeId: string): Cluster | undefined {
    return this.clusterByMember.get(nodeId);
  }

  apimNodes(): ApimNode[] {
    this.apimList ??= this.nodes.filter(isApimNode);
    return [...this.apimList];
  }

  private readonly kindRoles = new Map<NodeKind, readonly Role[]>();

  /** The roles a node of this kind plays in the topology's release. */
  rolesOf(kind: NodeKind): readonly Role[] {
    let roles = this.kindRoles.get(kind);
    if (!roles) {
      roles = rolesIn(kind, this.version);
      this.kindRoles.set(kind, roles);
    }
    return roles;
  }

  private readonly reached = new Map<Role, Map<string, readonly Endpoint[]>>();

  /** Every endpoint a node reaches for a role (validation and generation ask many times: cached). */
  reach(nodeId: string, role: Role): readonly Endpoint[] {
    let byNode = this.reached.get(role);
    if (!byNode) {
      byNode = new Map();
      this.reached.set(role, byNode);
    }
    let eps = byNode.get(nodeId);
    if (!eps) {
      eps = this.computeReach(nodeId, role);
      byNode.set(nodeId, eps);
    }
    return eps;
  }

  private computeReach(nodeId: string, role: Role): readonly Endpoint[] {
    const neighbours = this.neighbours(nodeId);
    if (neighbours.length === 0) return NO_ENDPOINTS;
    const out: Endpoint[] = [];
    let viaClusters: Set<string> | undefined;
    for (const n of neighbours) {
      if (isLoadBalancer(n)) {
        const cluster = this.clusterByLb.get(n.id);
        if (!cluster || cluster.members.length === 0) continue;
        if (!this.rolesOf(n.fronts).includes(role)) continue;
        if (cluster.members.some((m) => m.id === nodeId)) continue;
        out.push({ type: 'cluster', lb: n, members: cluster.members });
        viaClusters ??= new Set();
        for (const m of cluster.members) viaClusters.add(m.id);
      } else if (isApimNode(n) && this.rolesOf(n.kind).includes(role)) {
        out.push({ type: 'node', node: n });
      }
    }
    // A member reached both directly and through its load balancer is reached as the cluster.
    const via = viaClusters;
    const reached = via ? out.filter((ep) => ep.type === 'cluster' || !via.has(ep.node.id)) : out;
    // A role some kinds play only as a fallback (a control plane's Traffic Manager) goes to a
    // dedicated node when one is reached.
    const secondary = (ep: Endpoint) =>
      isSecondary(ep.type === 'node' ? ep.node.kind : ep.lb.fronts, role);
    if (!reached.some(secondary)) return reached;
    return reached.some((ep) => !secondary(ep)) ? reached.filter((ep) => !secondary(ep)) : reached;
  }

  /** The database nodes a node is wired to that hold `which`. */
  databases(nodeId: string, which: DatabaseName): DatabaseNode[] {
    return this.neighbours(nodeId).filter(
      (n): n is DatabaseNode =>
        isDatabase(n) && (which === 'apim_db' ? n.apimDbName !== null : n.sharedDbName !== null),
    );
  }

  /** The key-value stores a node is wired to (Redis for distributed throttling). */
  keyValueStores(nodeId: string): RedisNode[] {
    return this.neighbours(nodeId).filter(isKeyValueStore);
  }

  environments(nodeId: string): GatewayEnvironment[] {
    const self = this.byId.get(nodeId);
    const out: GatewayEnvironment[] = [];
    for (const ep of this.reach(nodeId, 'gateway')) {
      const source = ep.type === 'node' ? ep.node : ep.members[0];
      const env = source && environmentOf(source);
      if (env) out.push({ ...env, endpoint: ep });
    }
    const own = self && isApimNode(self) ? environmentOf(self) : undefined;
    // A node that serves its own environment (an all-in-one node) lists it when it reaches no
    // gateway. With gateways wired to it, documents 000 and 001 remove only the environment the pack
    // ships by default ("comment out the [[apim.gateway.environment]] section that comes by default"):
    // one the user declared stays, after the gateways'. Behind its own load balancer, its gateway is
    // reached there.
    if (self && isApimNode(self) && own && (out.length === 0 || !isDefaultEnvironment(own))) {
      const cluster = this.clusterOf(self.id);
      out.push({
        ...own,
        endpoint: cluster
          ? { type: 'cluster', lb: cluster.lb, members: cluster.members }
          : { type: 'node', node: self },
      });
    }
    return out;
  }

  nodesWithRole(role: Role): ApimNode[] {
    let list = this.roleLists.get(role);
    if (!list) {
      list = this.apimNodes().filter((n) => this.rolesOf(n.kind).includes(role));
      this.roleLists.set(role, list);
    }
    return [...list];
  }

  /** Clusters of gateways (a load balancer fronting gateway nodes, with members): they share deployed APIs. */
  gatewayClusters(): Cluster[] {
    return [...this.clusterByLb.values()].filter(
      (c) => isDedicatedTo(c.lb.fronts, 'gateway') && c.members.length > 0,
    );
  }

  /** The nodes of kinds that play this role and nothing else (Traffic Manager nodes, not control planes). */
  dedicatedNodes(role: Role): ApimNode[] {
    return this.nodesWithRole(role).filter((n) => isDedicatedTo(n.kind, role));
  }

  /** How a gateway cluster synchronises artifacts: chosen, else the version's default, else none. */
  artifactSync(cluster: Cluster): ArtifactSync | undefined {
    return cluster.lb.artifactSync ?? (this.version.inbuiltArtifactSync ? 'database' : undefined);
  }

  /** The inbuilt synchroniser is on when a gateway cluster uses it; then every gateway pulls its APIs. */
  databaseArtifactSync(): boolean {
    return (
      this.version.inbuiltArtifactSync &&
      this.gatewayClusters().some((c) => this.artifactSync(c) === 'database')
    );
  }

  context(node: ApimNode): NodeContext {
    const def = apimKind(node.kind);
    return {
      node,
      version: this.version,
      settings: this.topology.settings,
      topologyName: this.topology.name,
      serverRole: def.serverRole(this.version),
      roles: this.rolesOf(node.kind),
      cacheDomain: def.cacheDomain,
      advertisesHttpProxy: def.advertisesHttpProxy(this.version),
      reach: (role) => this.reach(node.id, role),
      database: (which) => this.databases(node.id, which)[0],
      environments: () => this.environments(node.id),
      keyValueStore: (of = node) => this.keyValueStores(of.id)[0],
      cluster: () => this.clusterOf(node.id),
      nodesWithRole: (role) => this.nodesWithRole(role),
      databaseArtifactSync: () => this.databaseArtifactSync(),
    };
  }
}
