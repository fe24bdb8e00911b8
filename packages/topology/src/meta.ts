/**
 * @apim-designer/topology/meta — the kinds' metadata, the releases and the connection rules, with
 * no zod, no TOML and no generator, so a page can draw its palette and refuse a wrong connection
 * before the rest of the core has loaded (docs/decisions/0004). A test keeps this entry free of them.
 */
export {
  APIM_KINDS,
  KIND_META,
  isApimKind,
  isDedicatedTo,
  kindAvailable,
  kindLabel,
  kindsIn,
  rolesOfKind,
  servesApiTraffic,
  servesPortals,
} from './kinds/meta-registry.js';
export type { ApimKind } from './kinds/meta-registry.js';
export { NODE_KINDS } from './kinds/kind-names.js';
export type { NodeKind } from './kinds/kind-names.js';
export type {
  ApimKindMeta,
  IconName,
  InfrastructureKindMeta,
  KindMeta,
} from './kinds/meta-types.js';
export {
  APIM_VERSIONS,
  DEFAULT_VERSION,
  VERSIONS,
  isApimVersion,
  versionFacts,
} from './versions.js';
export type { ApimVersion, VersionFacts } from './versions.js';
export { ROLES, ROLE_LABELS } from './roles.js';
export type { Role } from './roles.js';
export { checkConnection, connectedKinds, kindUses, kindsConnect } from './connections.js';
export { SEVERITIES } from './severity.js';
export type { Severity } from './severity.js';
export type { ConnectionEnd, EdgeCheck } from './connections.js';
export { ZONE_LABELS, ZONE_TYPES } from './zone-types.js';
export type { ZoneType } from './zone-types.js';
export { DEFAULT_TARGET, DEPLOY_TARGETS } from './targets/types.js';
export type { DeployTarget } from './targets/types.js';
export { TARGET_META } from './targets/meta.js';
export { SEPARATE_STORES } from './certs/stores.js';
export type { TargetMeta } from './targets/meta.js';
