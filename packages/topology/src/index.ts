/**
 * @apim-designer/topology — the pure core. Data in, data out: no I/O, no clock, no randomness.
 * Consumers import from here only.
 */
export {
  APIM_VERSIONS,
  DEFAULT_VERSION,
  IMPORT_ASSUMPTIONS,
  VERSIONS,
  isApimVersion,
  versionFacts,
} from './versions.js';
export type { ConfigFormat, ReadmeNote, VersionFacts } from './versions.js';
export { ROLES, ROLE_LABELS } from './roles.js';
export type { Role } from './roles.js';
export { MAX_OFFSET, PORTS, listeningPorts, portAt } from './ports.js';
export type { PortDefinition, PortName } from './ports.js';
export {
  LIMITS,
  containsPlaceholderSyntax,
  isIpv4,
  isIpv6,
  isPlaceholder,
  isValidHost,
} from './fields.js';
export {
  ApimVersion,
  AllInOneNode,
  DatabaseNode,
  DevportalNode,
  Edge,
  GatewayNode,
  KeyManagerNode,
  LoadBalancerNode,
  NODE_SCHEMAS,
  Node,
  PublisherNode,
  Settings,
  Topology,
  TrafficManagerNode,
  USER_STORE_TYPES,
  formatPath,
  kindHasEnvironment,
  parseTopology,
} from './topology.js';
export type {
  ApimNode,
  GatewayEnvironmentFields,
  NodeOfKind,
  ParseResult,
  SchemaIssue,
  TopologyInput,
} from './topology.js';
export {
  DEFAULT_ENVIRONMENT_NAME,
  GATEWAY_TYPES,
  GatewayEnvironmentFields as GatewayEnvironment,
} from './kinds/environment.js';
export { DATABASE_ENGINES } from './kinds/database-engines.js';
export type { DatabaseEngine } from './kinds/database-engines.js';
export { DatabaseEngineName } from './kinds/database.schema.js';
export { NODE_KINDS } from './kinds/kind-names.js';
export { shippedDefaults, shippedTemplate } from './releases/shipped.js';
export type { NodeKind } from './kinds/kind-names.js';
export {
  APIM_KINDS,
  KIND_META,
  apimMeta,
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
export type {
  ApimKindMeta,
  IconName,
  InfrastructureKindMeta,
  KindMeta,
} from './kinds/meta-types.js';
export { KINDS, apimKind, apimKinds } from './kinds/registry.js';
export type {
  ApimKindDefinition,
  ImportHint,
  InfrastructureKindDefinition,
  KindDefinition,
  LegacyFragment,
  NeededRole,
} from './kinds/definition.js';
export { environmentOf, isApimNode, isDatabase, isLoadBalancer } from './kinds/guards.js';
export { checkConnection, connectedKinds, kindsConnect } from './connections.js';
export type { EdgeCheck } from './connections.js';
export {
  DIAGNOSTIC_CODES,
  Diagnostic,
  DiagnosticCode,
  SEVERITIES,
  hasErrors,
  sortDiagnostics,
} from './diagnostics.js';
export type { Severity } from './diagnostics.js';
export { DIAGNOSTICS_PER_CODE, summarizeDiagnostics } from './diagnostic-summary.js';
export { TopologyModel } from './model.js';
export { certificatePlan, type CertificatePlan } from './certs/plan.js';
export { validate } from './validate/index.js';
export type { ValidateOptions } from './validate/index.js';
export { DEFAULT_TARGET, DEPLOY_TARGETS, TARGETS, isDeployTarget } from './targets/index.js';
export type { DeployTarget, TargetDefinition } from './targets/index.js';
export { TARGET_META } from './targets/meta.js';
export { SEPARATE_STORES } from './certs/stores.js';
export type { TargetMeta } from './targets/meta.js';
export { BundleFile } from './render/bundle-file.js';
export { render } from './render/index.js';
export type { RenderOptions, RenderResult } from './render/index.js';
export { previewNode } from './render/preview.js';
export { startOrder } from './render/readme.js';
export { configPath, startCommand } from './render/node-config.js';
export { nodeFolder } from './bundle-paths.js';
export { stripCredentials } from './share.js';
export type { StrippedTopology } from './share.js';
export { createNode, describeConnection, freeOffset, uniqueName } from './authoring.js';
export { crc32, isSafeBundlePath, zipBundle } from './zip.js';
export type { DeflateRaw, ZipOptions } from './zip.js';
export { readZip } from './unzip.js';
export type {
  ReadZipOptions,
  ReadZipResult,
  ZipEntryData,
  ZipLimits,
  ZipProblem,
} from './unzip.js';
export { diffBundles, diffTopologies, diffVersions, unifiedDiff } from './diff.js';
export type { FileChange, FileDiff, TopologyDiff } from './diff.js';
export { parseJson } from './json.js';
export type { JsonResult } from './json.js';
export { parseToml, serializeToml, tomlData, TomlSyntaxError } from './toml.js';
export type { TomlFile, TomlSection, TomlTable, TomlValue } from './toml.js';
export { applyExtraConfig } from './generate/extra-config.js';
export { diffConfig, importConfigs } from './import/index.js';
export type {
  ImportOptions,
  ImportReport,
  ImportResult,
  ImportedNode,
  ImportedTopology,
} from './import/index.js';
export { edgeLabels } from './edge-labels.js';
export type { CallDirection, EdgeLabel } from './edge-labels.js';
export { Zone, Zones, zoneIssues } from './zones.js';
export type { ZoneIssue } from './zones.js';
export { ZONE_LABELS, ZONE_TYPES } from './zone-types.js';
export type { ZoneType } from './zone-types.js';
export { groupDiagnostics } from './fixes.js';
export type { DiagnosticGroup, QuickFix } from './fixes.js';
export { drift } from './verify/drift.js';
export { STATUS_PATH, probePlan, resolveNode } from './verify/probe-plan.js';
export type { Probe, ProbePlan, ProbeProtocol } from './verify/probe-plan.js';
export type {
  DriftFinding,
  DriftNode,
  DriftReport,
  DriftSeverity,
  DriftType,
  EdgeRefOut,
  LiveFile,
  MatchedBy,
  NodeStatus,
} from './verify/types.js';
