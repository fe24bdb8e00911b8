/**
 * @apim-designer/topology/meta — the kinds' metadata, the releases and the connection rules, with
 * no zod, no TOML and no generator, so a page can draw its palette and refuse a wrong connection
 * before the rest of the core has loaded (docs/decisions/0004). A test keeps this entry free of them.
 */
export { KIND_META } from './kinds/meta-registry.js';
export { APIM_KINDS, NODE_KINDS, isApimKind } from './kinds/kind.js';
export type {
  ApimKind,
  ApimKindMeta,
  IconName,
  InfrastructureKindMeta,
  KindMeta,
  NodeKind,
} from './kinds/kind.js';
export { APIM_VERSIONS, ROLES, ROLE_LABELS, VERSIONS, versionFacts } from './versions.js';
export type { ApimVersion, Family, Role, VersionFacts } from './versions.js';
export { checkConnection, kindUses, kindsConnect } from './connections.js';
export { SEVERITIES } from './severity.js';
export type { Severity } from './severity.js';
export type { ConnectionEnd, EdgeCheck } from './connections.js';
export { ZONE_LABELS, ZONE_TYPES } from './zone-types.js';
export type { ZoneType } from './zone-types.js';
