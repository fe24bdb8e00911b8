/** The shape every node kind module fills in; `registry.ts` ties them together. */
import type { NodeContext } from '../generate/context.js';
import type { TomlSection } from '../toml.js';
import type { ApimVersion, Family, Role } from '../versions.js';

export const NODE_KINDS = [
  'control-plane',
  'key-manager',
  'traffic-manager',
  'publisher',
  'devportal',
  'gateway',
  'all-in-one',
  'load-balancer',
  'database',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const APIM_KINDS = [
  'control-plane',
  'key-manager',
  'traffic-manager',
  'publisher',
  'devportal',
  'gateway',
  'all-in-one',
] as const satisfies readonly NodeKind[];
export type ApimKind = (typeof APIM_KINDS)[number];

const APIM_KIND_SET: ReadonlySet<NodeKind> = new Set(APIM_KINDS);

export function isApimKind(kind: NodeKind): kind is ApimKind {
  return APIM_KIND_SET.has(kind);
}

/** Icon names the SPA maps to glyphs. */
export type IconName =
  'layers' | 'key' | 'gauge' | 'upload' | 'store' | 'gateway' | 'cube' | 'balance' | 'database';

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
   * call (control plane, Key and Traffic Managers, portals), 3 databases. A load balancer is drawn
   * just above the tier of the kind it fronts.
   */
  readonly tier: number;
  /** Kinds this kind may be joined to by an edge (symmetric; checked by a test). */
  readonly connectsTo: readonly NodeKind[];
  /** The release families that have this kind of node. */
  readonly families: readonly Family[];
}

/** What the palette, the canvas and the connection rules need: plain data, in `<kind>.meta.ts`. */
export interface ApimKindMeta extends KindMetaBase {
  readonly category: 'apim';
  /** The API-M roles a node of this kind plays. */
  readonly roles: readonly Role[];
  /** Roles it plays only when no dedicated node of that role is reached (a control plane's Traffic Manager). */
  readonly secondaryRoles?: readonly Role[];
  /** Kinds whose services this kind calls (what it reaches through a load balancer in front of them). */
  readonly uses: readonly NodeKind[];
  /** Position in the start order (lower starts first). */
  readonly startRank: number;
}

export interface InfrastructureKindMeta extends KindMetaBase {
  readonly category: 'load-balancer' | 'database';
}

export type KindMeta = ApimKindMeta | InfrastructureKindMeta;

/** The kind's module: its metadata, its start profile and its generator. */
export interface ApimKindDefinition extends ApimKindMeta {
  /** `-Dprofile=` it is started with, or null for none (all-in-one). */
  profile(version: ApimVersion): string | null;
  /** `[server] server_role`. */
  serverRole(version: ApimVersion): string;
  /** The sections of its `deployment.toml`, in the order the documents write them. */
  generate(ctx: NodeContext): TomlSection[];
}

export type InfrastructureKindDefinition = InfrastructureKindMeta;

export type KindDefinition = ApimKindDefinition | InfrastructureKindDefinition;
