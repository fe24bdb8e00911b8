/**
 * What a kind's module declares about its behaviour, beyond its metadata: how it starts, what it
 * must reach, what its configuration holds, how the importer recognises it. Shared code looks these
 * up in the registry (`registry.ts`); it never names a kind.
 */
import type { NodeContext } from '../generate/context.js';
import type { Role } from '../roles.js';
import type { TomlSection, TomlTable } from '../toml.js';
import type { Node } from '../topology.js';
import type { VersionFacts } from '../versions.js';
import type { ApimKindMeta, InfrastructureKindMeta } from './meta-types.js';

/**
 * The groups of 2.x fragments (carbon.xml and api-manager.xml, document 001) a kind's nodes get;
 * render/fragments-2x.ts writes each group, in this order.
 */
export type LegacyFragment =
  /** `<Environments>`: one per gateway environment it publishes to or lists. */
  | 'gateway-environments'
  /** `AuthManager` and `APIKeyValidator` server URLs and credentials of the Key Manager it reaches. */
  | 'key-manager-client'
  /** A gateway validates keys over HTTPS, not with the Thrift client, and runs no Thrift server. */
  | 'key-validator-ws-client'
  /** Throttle-event receivers and the JMS connection to the Traffic Managers it reaches. */
  | 'throttling-client'
  /** The Traffic Manager's admin services, where throttling policies are deployed. */
  | 'policy-deployer'
  /** The API Store (Developer Portal) URL it links to. */
  | 'store-url'
  /** The gateway's revoke API (and, derived from it, its token API) the node calls. */
  | 'revoke-url'
  /** WSO2AM_DB in master-datasources.xml. */
  | 'apim-datasource'
  /** WSO2UM_DB in master-datasources.xml, and user-mgt.xml's user store on it. */
  | 'user-store-datasource'
  /** WSO2REG_DB, and registry.xml's governance and configuration mounts on it. */
  | 'registry-mounts'
  /** jndi.properties: the Traffic Managers' brokers, for the Publisher's JMS topics. */
  | 'jndi-broker';

/** A role a kind may need to reach (validation has a `missing-*` diagnostic for each). */
export type NeededRole = Exclude<Role, 'publisher'>;

/** How the importer recognises a file of this kind that names no `server_role` it knows. */
export interface ImportHint {
  /** Hints are tried in rank order over every kind (lower first); the first that matches wins. */
  readonly rank: number;
  /** What the report says the kind was inferred from. */
  readonly detail: string;
  matches(data: TomlTable): boolean;
}

export interface ApimKindBehaviour {
  /** `-Dprofile=` it is started with, or null for none (all-in-one). */
  profile(version: VersionFacts): string | null;
  /** `[server] server_role`. */
  serverRole(version: VersionFacts): string;
  /** Other `server_role` values the importer reads as this kind (what older guides wrote). */
  readonly importedServerRoles: readonly string[];
  /** `[apim.cache_invalidation] domain` of its nodes, when they invalidate caches across nodes. */
  readonly cacheDomain?: string;
  /** The roles a node of this kind must reach in a release (a `missing-*` diagnostic otherwise). */
  needs(version: VersionFacts): readonly NeededRole[];
  /** Roles for which its file names one URL (`service_url`, `url`): two direct targets leave one unused. */
  singleUrlRoles(version: VersionFacts): readonly Role[];
  /** Behind a load balancer, it advertises the HTTP proxy port 80 as well as 443. */
  advertisesHttpProxy(version: VersionFacts): boolean;
  /** 2.x: the fragments its nodes get. */
  readonly legacyFragments: readonly LegacyFragment[];
  readonly importHints: readonly ImportHint[];
  /** The sections of its `deployment.toml`, in the order the documents write them. */
  generate(ctx: NodeContext): TomlSection[];
}

/** Fields a new node of a kind gets besides id, name, host (and offset), given the nodes already there. */
export type NewNodeFields = (existing: readonly Node[], name: string) => Record<string, unknown>;

export interface ApimKindDefinition extends ApimKindMeta, ApimKindBehaviour {
  readonly newNodeFields?: NewNodeFields;
}

export interface InfrastructureKindDefinition extends InfrastructureKindMeta {
  readonly newNodeFields?: NewNodeFields;
}

export type KindDefinition = ApimKindDefinition | InfrastructureKindDefinition;

/**
 * `server_role` of a role's profile, or the product default on component distributions (4.5+),
 * whose infer.json knows only "default" (product-apim v4.5.0-gw/-tm/-acp resources/conf/infer.json).
 */
export function profileRole(version: VersionFacts, role: string): string {
  return version.componentDistributions ? version.allInOneServerRole : role;
}

/** `-Dprofile=` of a role, or none on component distributions (4.5+: no profileSetup.sh but the ACP's). */
export function profileName(version: VersionFacts, profile: string): string | null {
  return version.componentDistributions ? null : profile;
}

type Defaulted =
  | 'importedServerRoles'
  | 'needs'
  | 'singleUrlRoles'
  | 'advertisesHttpProxy'
  | 'legacyFragments'
  | 'importHints';

const NONE: readonly never[] = [];

/** A kind module's definition: what it states, and the common case for what it leaves out. */
export function defineApimKind<const D extends Omit<ApimKindDefinition, Defaulted>>(
  definition: D & Partial<Pick<ApimKindDefinition, Defaulted>>,
): D & ApimKindDefinition {
  return {
    importedServerRoles: NONE,
    needs: () => NONE,
    singleUrlRoles: () => NONE,
    advertisesHttpProxy: (v: VersionFacts) => !v.clusterHttpsProxyOnly,
    legacyFragments: NONE,
    importHints: NONE,
    ...definition,
  };
}
