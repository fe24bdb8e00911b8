/**
 * The topology document (../shared/spec/topology-v1.md) as zod schemas. Schema and type share a
 * name. Field names are a contract: add freely, rename none.
 */
import { z } from 'zod';
import { LIMITS, NodeId, Secret } from './fields.js';
import { AllInOneNode } from './kinds/all-in-one.schema.js';
import { ControlPlaneNode } from './kinds/control-plane.schema.js';
import { DatabaseNode } from './kinds/database.schema.js';
import { DevportalNode } from './kinds/devportal.schema.js';
import { GatewayNode } from './kinds/gateway.schema.js';
import { KeyManagerNode } from './kinds/key-manager.schema.js';
import type { NodeKind } from './kinds/kind-names.js';
import { LoadBalancerNode } from './kinds/load-balancer.schema.js';
import type { ApimKind } from './kinds/meta-registry.js';
import { PublisherNode } from './kinds/publisher.schema.js';
import { RedisNode } from './kinds/redis.schema.js';
import { TrafficManagerNode } from './kinds/traffic-manager.schema.js';
import { APIM_VERSIONS, type ApimVersion as Release } from './versions.js';
import { Zones } from './zones.js';

/** The WSO2 API-M release a topology targets (versions.ts lists them). */
export const ApimVersion = z.enum(APIM_VERSIONS);
export type ApimVersion = Release;

export {
  AllInOneNode,
  ControlPlaneNode,
  DatabaseNode,
  DevportalNode,
  GatewayNode,
  KeyManagerNode,
  LoadBalancerNode,
  PublisherNode,
  RedisNode,
  TrafficManagerNode,
};
export type { GatewayEnvironmentFields } from './kinds/environment.js';

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
  /**
   * The primary keystore (`[keystore.primary]`): it signs tokens and encrypts data every node must
   * read, so it is one file shared by all. Unset: the TLS keystore above is also the primary, as in
   * WSO2's pack (one `wso2carbon.jks`), which suits one host only: nodes on several hosts each need a
   * certificate of their own (certs/make-certs.sh makes both).
   */
  primaryKeystore: z
    .strictObject({
      fileName: ShortText.default('primary.jks'),
      type: ShortText.default('JKS'),
      password: Secret,
      alias: ShortText.default('primary'),
      keyPassword: Secret,
    })
    .optional(),
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
  /**
   * The symmetric encryption key every node shares (`[encryption] key`, 4.7+): 64 hexadecimal
   * characters (`openssl rand -hex 32`) or a placeholder such as `$secret{encryption_key}`.
   */
  encryptionKey: Secret.optional(),
});
export type Settings = z.infer<typeof Settings>;

/** Each kind's schema: a node of the document is one of them (the `kind` field says which). */
export const NODE_SCHEMAS = {
  'control-plane': ControlPlaneNode,
  'key-manager': KeyManagerNode,
  'traffic-manager': TrafficManagerNode,
  publisher: PublisherNode,
  devportal: DevportalNode,
  gateway: GatewayNode,
  'all-in-one': AllInOneNode,
  'load-balancer': LoadBalancerNode,
  database: DatabaseNode,
  redis: RedisNode,
} as const satisfies Record<NodeKind, z.ZodObject>;

export const Node = z.discriminatedUnion('kind', [
  NODE_SCHEMAS['control-plane'],
  NODE_SCHEMAS['key-manager'],
  NODE_SCHEMAS['traffic-manager'],
  NODE_SCHEMAS.publisher,
  NODE_SCHEMAS.devportal,
  NODE_SCHEMAS.gateway,
  NODE_SCHEMAS['all-in-one'],
  NODE_SCHEMAS['load-balancer'],
  NODE_SCHEMAS.database,
  NODE_SCHEMAS.redis,
]);
export type Node = z.infer<typeof Node>;

/** A node of a kind. */
export type NodeOfKind<K extends NodeKind> = Extract<Node, { readonly kind: K }>;

/** The nodes that get a configuration file: API-M servers. */
export type ApimNode = NodeOfKind<ApimKind>;

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

/** Whether nodes of a kind serve a gateway environment of their own (their schema has `environment`). */
export function kindHasEnvironment(kind: NodeKind): boolean {
  return 'environment' in NODE_SCHEMAS[kind].shape;
}
