/**
 * The topology document (../shared/spec/topology-v1.md) as zod schemas. Schema and type share a
 * name. Field names are a contract: add freely, rename none.
 */
import { z } from 'zod';
import { LIMITS, NodeId, Secret } from './fields.js';
import { AllInOneNode } from './kinds/all-in-one.js';
import { ControlPlaneNode } from './kinds/control-plane.js';
import { DatabaseNode } from './kinds/database.js';
import { DevportalNode } from './kinds/devportal.js';
import { GatewayNode } from './kinds/gateway.js';
import { KeyManagerNode } from './kinds/key-manager.js';
import { LoadBalancerNode } from './kinds/load-balancer.js';
import { PublisherNode } from './kinds/publisher.js';
import { TrafficManagerNode } from './kinds/traffic-manager.js';
import { APIM_VERSIONS } from './versions.js';
import { Zones } from './zones.js';

/** The WSO2 API-M release a topology targets. */
export const ApimVersion = z.enum(APIM_VERSIONS);
export type ApimVersion = z.infer<typeof ApimVersion>;

export {
  AllInOneNode,
  ControlPlaneNode,
  DatabaseNode,
  DevportalNode,
  GatewayNode,
  KeyManagerNode,
  LoadBalancerNode,
  PublisherNode,
  TrafficManagerNode,
};
export type { GatewayEnvironmentFields } from './kinds/gateway.js';

export const USER_STORE_TYPES = [
  'database_unique_id',
  'database',
  'read_only_ldap_unique_id',
  'read_only_ldap',
  'read_write_ldap_unique_id',
  'read_write_ldap',
  'active_directory_unique_id',
  'active_directory',
] as const;

const ShortText = z.string().min(1).max(LIMITS.nameLength);

/** Settings every node shares: credentials (placeholders allowed), keystores, user store. */
export const Settings = z.strictObject({
  superAdmin: z
    .strictObject({ username: ShortText.default('admin'), password: Secret.default('admin') })
    .prefault({}),
  keystore: z
    .strictObject({
      fileName: ShortText.default('wso2carbon.jks'),
      type: ShortText.default('JKS'),
      password: Secret.default('wso2carbon'),
      alias: ShortText.default('wso2carbon'),
      keyPassword: Secret.default('wso2carbon'),
    })
    .prefault({}),
  truststore: z
    .strictObject({
      fileName: ShortText.default('client-truststore.jks'),
      type: ShortText.default('JKS'),
      password: Secret.default('wso2carbon'),
    })
    .prefault({}),
  userStoreType: z.enum(USER_STORE_TYPES).default('database_unique_id'),
  /** Write `[apim.cache_invalidation]` with each role's domain where the version reads it. */
  cacheInvalidation: z.boolean().default(true),
});
export type Settings = z.infer<typeof Settings>;

export const Node = z.discriminatedUnion('kind', [
  ControlPlaneNode,
  KeyManagerNode,
  TrafficManagerNode,
  PublisherNode,
  DevportalNode,
  GatewayNode,
  AllInOneNode,
  LoadBalancerNode,
  DatabaseNode,
]);
export type Node = z.infer<typeof Node>;

/** The nodes that get a `deployment.toml`. */
export type ApimNode =
  | ControlPlaneNode
  | KeyManagerNode
  | TrafficManagerNode
  | PublisherNode
  | DevportalNode
  | GatewayNode
  | AllInOneNode;

export const Edge = z.strictObject({
  id: NodeId.optional(),
  source: NodeId,
  target: NodeId,
});
export type Edge = z.infer<typeof Edge>;

export const Topology = z.strictObject({
  schemaVersion: z.literal(1),
  name: z.string().max(LIMITS.topologyNameLength),
  apimVersion: ApimVersion,
  settings: Settings.prefault({}),
  nodes: z.array(Node).max(LIMITS.nodes),
  edges: z.array(Edge).max(LIMITS.edges),
  /** Areas drawn around nodes (zones.ts); optional, so documents without them are unchanged. */
  zones: Zones.optional(),
});
export type Topology = z.infer<typeof Topology>;
/** A document as written by hand: defaults may be left out. */
export type TopologyInput = z.input<typeof Topology>;

export interface SchemaIssue {
  /** Where in the document, e.g. `["nodes", 2, "offset"]`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly topology: Topology }
  | { readonly ok: false; readonly issues: readonly SchemaIssue[] };

/** Parse an untrusted value into a topology, or say what is wrong and where. */
export function parseTopology(value: unknown): ParseResult {
  const res = Topology.safeParse(value);
  if (res.success) return { ok: true, topology: res.data };
  return {
    ok: false,
    issues: res.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: i.message,
    })),
  };
}

/** `nodes[2].host`-style rendering of a path, for messages. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(document)';
}
