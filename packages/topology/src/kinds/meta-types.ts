/** The plain metadata every kind declares in its `<kind>.meta.ts` (no zod, no generator: decision 0004). */
import type { Role } from '../roles.js';
import type { DistributionName, VersionFacts } from '../versions.js';
import type { NodeKind } from './kind-names.js';

/** Icon names the SPA maps to glyphs. */
export type IconName =
  | 'layers'
  | 'key'
  | 'gauge'
  | 'upload'
  | 'store'
  | 'gateway'
  | 'cube'
  | 'balance'
  | 'database'
  | 'memory';

interface KindMetaBase {
  readonly kind: NodeKind;
  readonly label: string;
  readonly icon: IconName;
  /** One sentence for the palette and the inspector. */
  readonly description: string;
  /** Prefix of the names given to new nodes (`km`, `km-2`, …) and of their host names. */
  readonly namePrefix: string;
  /**
   * Row of the diagram's tiered auto-layout, top-down: 0 load balancers, 1 gateways, 2 the nodes they
   * call (control plane, Key and Traffic Managers, portals), 3 databases and stores. A load balancer
   * is drawn just above the tier of the kind it fronts.
   */
  readonly tier: number;
  /** Kinds this kind may be joined to by an edge, besides the kinds that name it (an edge has no direction). */
  readonly connectsTo: readonly NodeKind[];
  /** Whether a release has nodes of this kind. */
  availableIn(version: VersionFacts): boolean;
}

/** An API-M server: it gets a configuration file and plays roles. */
export interface ApimKindMeta extends KindMetaBase {
  readonly category: 'apim';
  /** The API-M roles a node of this kind plays. */
  readonly roles: readonly Role[];
  /** Roles it plays only when no dedicated node of that role is reached (a control plane's Traffic Manager). */
  readonly secondaryRoles?: readonly Role[];
  /** The roles it plays in a release, where that is fewer than `roles`. */
  rolesIn?(version: VersionFacts): readonly Role[];
  /** Kinds whose services this kind calls (what it reaches through a load balancer in front of them). */
  readonly uses: readonly NodeKind[];
  /** Position in the start order (lower starts first). */
  readonly startRank: number;
  /** The product its nodes run (versions.ts: the pack and start script per release). */
  readonly distribution: DistributionName;
  /** A node of this kind alone is a whole deployment: nothing to connect it to. */
  readonly standalone?: boolean;
  /** What to use instead in a release that has no such node, for messages. */
  readonly replacement?: string;
}

/** A server the API-M nodes use: a load balancer in front of a cluster, a database, a key-value store. */
export interface InfrastructureKindMeta extends KindMetaBase {
  readonly category: 'load-balancer' | 'database' | 'key-value-store';
}

export type KindMeta = ApimKindMeta | InfrastructureKindMeta;
