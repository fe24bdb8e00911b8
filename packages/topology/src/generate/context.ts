/**
 * What a generator may ask about the topology around its node. The implementation lives in
 * `model.ts`; generators import only these types, so they stay below the kind modules that call them.
 */
import type { Role } from '../roles.js';
import type {
  ApimNode,
  DatabaseNode,
  GatewayEnvironmentFields,
  LoadBalancerNode,
  RedisNode,
  Settings,
} from '../topology.js';
import type { DatabaseName, VersionFacts } from '../versions.js';

/** Where a role is reached: one node, or the load balancer in front of a cluster. */
export type Endpoint =
  | { readonly type: 'node'; readonly node: ApimNode }
  | {
      readonly type: 'cluster';
      readonly lb: LoadBalancerNode;
      readonly members: readonly ApimNode[];
    };

/** A gateway environment as the Publisher / Developer Portal side lists it. */
export interface GatewayEnvironment extends GatewayEnvironmentFields {
  readonly endpoint: Endpoint;
}

export interface Cluster {
  readonly lb: LoadBalancerNode;
  readonly members: readonly ApimNode[];
}

export interface NodeContext {
  readonly node: ApimNode;
  readonly version: VersionFacts;
  readonly settings: Settings;
  readonly topologyName: string;
  /** `[server] server_role` of this node for the target version. */
  readonly serverRole: string;
  /** The API-M roles this node plays. */
  readonly roles: readonly Role[];
  /** Its kind's `[apim.cache_invalidation] domain`, if it has one. */
  readonly cacheDomain: string | undefined;
  /** Behind a load balancer, it advertises the HTTP proxy port 80 as well as 443. */
  readonly advertisesHttpProxy: boolean;
  /** Every endpoint this node reaches for a role, in document order (direct, through an all-in-one or a load balancer). */
  reach(role: Role): readonly Endpoint[];
  /** The database node holding `which` for this node, if it is wired to one. */
  database(which: DatabaseName): DatabaseNode | undefined;
  /** The gateway environments this node publishes to or lists, one per standalone gateway or cluster. */
  environments(): readonly GatewayEnvironment[];
  /** The key-value store a node (this one by default) shares throttle counters in, if wired to one. */
  keyValueStore(of?: ApimNode): RedisNode | undefined;
  /** The load-balanced cluster this node is a member of. */
  cluster(): Cluster | undefined;
  /** Every node of the topology playing a role (e.g. the other Traffic Managers). */
  nodesWithRole(role: Role): readonly ApimNode[];
  /** Whether the inbuilt artifact synchroniser is on (3.2+, some gateway cluster uses it). */
  databaseArtifactSync(): boolean;
}
