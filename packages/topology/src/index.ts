/**
 * @apim-designer/topology — the pure core. Data in, data out: no I/O, no clock, no randomness.
 * Consumers import from here only.
 */
export { APIM_VERSIONS, ROLES, ROLE_LABELS, VERSIONS, versionFacts } from './versions.js';
export type { Family, Role, VersionFacts } from './versions.js';
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
  Node,
  PublisherNode,
  Settings,
  Topology,
  TrafficManagerNode,
  USER_STORE_TYPES,
  formatPath,
  parseTopology,
} from './topology.js';
export type {
  ApimNode,
  GatewayEnvironmentFields,
  ParseResult,
  SchemaIssue,
  TopologyInput,
} from './topology.js';
export { GATEWAY_TYPES, GatewayEnvironmentFields as GatewayEnvironment } from './kinds/gateway.js';
export { DATABASE_ENGINES, DatabaseEngineName } from './kinds/database.js';
export type { DatabaseEngine } from './kinds/database.js';
export { APIM_KINDS, NODE_KINDS, isApimKind } from './kinds/kind.js';
export type {
  ApimKind,
  ApimKindDefinition,
  IconName,
  KindDefinition,
  NodeKind,
} from './kinds/kind.js';
export { KINDS, apimKind, kindLabel } from './kinds/registry.js';
export { KIND_META } from './kinds/meta-registry.js';
export type { ApimKindMeta, KindMeta } from './kinds/kind.js';
export { checkConnection, kindsConnect } from './connections.js';
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
export { TopologyModel, isApimNode } from './model.js';
export { validate } from './validate/index.js';
export { BundleFile, render } from './render/index.js';
export type { RenderResult } from './render/index.js';
export { previewNode } from './render/preview.js';
export { startOrder } from './render/readme.js';
export { configPath, startCommand } from './render/node-config.js';
export { nodeFolder } from './bundle-paths.js';
export { stripCredentials } from './share.js';
export type { StrippedTopology } from './share.js';
export { createNode, describeConnection, freeOffset, uniqueName } from './authoring.js';
export { crc32, isSafeBundlePath, zipBundle } from './zip.js';
export type { DeflateRaw, ZipOptions } from './zip.js';
export { diffBundles, diffTopologies, diffVersions, unifiedDiff } from './diff.js';
export type { FileChange, FileDiff, TopologyDiff } from './diff.js';
export { parseJson } from './json.js';
export type { JsonResult } from './json.js';
export { parseToml, serializeToml, tomlData, TomlSyntaxError } from './toml.js';
export type { TomlFile, TomlSection, TomlTable, TomlValue } from './toml.js';
export { applyExtraConfig, diffConfig, importConfigs } from './import/index.js';
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
