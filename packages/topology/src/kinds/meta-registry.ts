/**
 * Every kind's metadata, keyed by kind (plain data: see meta.ts), and what shared code asks of it:
 * which kinds are API-M servers, the roles a kind plays, which kinds a release has.
 */
import type { Role } from '../roles.js';
import { APIM_VERSIONS, versionFacts, type ApimVersion, type VersionFacts } from '../versions.js';
import { allInOneMeta } from './all-in-one.meta.js';
import { controlPlaneMeta } from './control-plane.meta.js';
import { databaseMeta } from './database.meta.js';
import { devportalMeta } from './devportal.meta.js';
import { gatewayMeta } from './gateway.meta.js';
import { keyManagerMeta } from './key-manager.meta.js';
import { NODE_KINDS, type NodeKind } from './kind-names.js';
import { loadBalancerMeta } from './load-balancer.meta.js';
import type { ApimKindMeta, KindMeta } from './meta-types.js';
import { publisherMeta } from './publisher.meta.js';
import { redisMeta } from './redis.meta.js';
import { trafficManagerMeta } from './traffic-manager.meta.js';

export const KIND_META = {
  'control-plane': controlPlaneMeta,
  'key-manager': keyManagerMeta,
  'traffic-manager': trafficManagerMeta,
  publisher: publisherMeta,
  devportal: devportalMeta,
  gateway: gatewayMeta,
  'all-in-one': allInOneMeta,
  'load-balancer': loadBalancerMeta,
  database: databaseMeta,
  redis: redisMeta,
} as const satisfies Record<NodeKind, KindMeta>;

/** The kinds of API-M server (they get a configuration file), as their metadata says. */
export type ApimKind = {
  [K in NodeKind]: (typeof KIND_META)[K] extends { readonly category: 'apim' } ? K : never;
}[NodeKind];

export function isApimKind(kind: NodeKind): kind is ApimKind {
  return KIND_META[kind].category === 'apim';
}

/** The API-M kinds, in registry order. */
export const APIM_KINDS: readonly ApimKind[] = NODE_KINDS.filter(isApimKind);

/** An API-M kind's metadata. */
export function apimMeta(kind: ApimKind): ApimKindMeta {
  return KIND_META[kind];
}

const NO_ROLES: readonly Role[] = [];

/** The roles a node of this kind plays (none for load balancers and databases). */
export function rolesOfKind(kind: NodeKind): readonly Role[] {
  return isApimKind(kind) ? KIND_META[kind].roles : NO_ROLES;
}

/** The roles a node of this kind plays in a release (a 4.5+ control plane no longer throttles). */
export function rolesIn(kind: NodeKind, version: VersionFacts): readonly Role[] {
  if (!isApimKind(kind)) return NO_ROLES;
  const meta: ApimKindMeta = KIND_META[kind];
  return meta.rolesIn?.(version) ?? meta.roles;
}

/** Roles it plays only when no dedicated node of that role is reached (a control plane's Traffic Manager). */
export function secondaryRolesOfKind(kind: NodeKind): readonly Role[] {
  if (!isApimKind(kind)) return NO_ROLES;
  const meta: ApimKindMeta = KIND_META[kind];
  return meta.secondaryRoles ?? NO_ROLES;
}

/** A kind whose nodes play this role and nothing else (a Traffic Manager node, not a control plane). */
export function isDedicatedTo(kind: NodeKind, role: Role): boolean {
  const roles = rolesOfKind(kind);
  return roles.length === 1 && roles[0] === role;
}

/** Nodes of this kind decide on throttling in a release (Traffic Managers; a ≤4.4 control plane, …). */
export function throttlesIn(kind: NodeKind, version: VersionFacts): boolean {
  return rolesIn(kind, version).includes('traffic-manager');
}

/** Nodes of this kind serve API traffic (a load balancer in front of them carries it). */
export function servesApiTraffic(kind: NodeKind): boolean {
  return rolesOfKind(kind).includes('gateway');
}

/** Nodes of this kind serve the Publisher or the Developer Portal (on the management port). */
export function servesPortals(kind: NodeKind): boolean {
  return rolesOfKind(kind).some((r) => r === 'publisher' || r === 'devportal');
}

/** Whether a release has nodes of this kind. */
export function kindAvailable(kind: NodeKind, version: VersionFacts): boolean {
  return KIND_META[kind].availableIn(version);
}

/** The kinds a topology of this release can hold, in registry order (the palette's). */
export function kindsIn(version: ApimVersion): NodeKind[] {
  const facts = versionFacts(version);
  return NODE_KINDS.filter((k) => kindAvailable(k, facts));
}

/**
 * The releases that have nodes of a kind, as ranges: `4.6.0 and later`, `2.6.0 to 4.0.0 and 4.3.0
 * and later`; `no release` when none has it.
 */
export function releasesWith(kind: NodeKind): string {
  const ranges: [ApimVersion, ApimVersion][] = [];
  let open: [ApimVersion, ApimVersion] | undefined;
  for (const v of APIM_VERSIONS) {
    if (kindAvailable(kind, versionFacts(v))) {
      if (open) open[1] = v;
      else ranges.push((open = [v, v]));
    } else open = undefined;
  }
  const last = APIM_VERSIONS[APIM_VERSIONS.length - 1];
  const words = ranges.map(([a, b]) =>
    b === last ? `${a} and later` : a === b ? a : `${a} to ${b}`,
  );
  if (words.length === 0) return 'no release';
  return words.length === 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

export function kindLabel(kind: NodeKind): string {
  return KIND_META[kind].label;
}
