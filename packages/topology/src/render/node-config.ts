import { nodeFolder } from '../bundle-paths.js';
import { secretAlias } from '../fields.js';
import { applyExtraConfig } from '../generate/extra-config.js';
import { hazelcastClustering } from '../generate/ha.js';
import { secretsSection } from '../generate/secrets.js';
import { withShippedDefaults } from '../generate/shipped.js';
import { shippedDefaults } from '../releases/shipped.js';
import { isDedicatedTo } from '../kinds/meta-registry.js';
import { apimKind } from '../kinds/registry.js';
import type { TopologyModel } from '../model.js';
import type { TomlFile, TomlSection, TomlValue } from '../toml.js';
import type { ApimNode } from '../topology.js';
import { versionFacts, type ApimVersion, type VersionFacts } from '../versions.js';
import type { ApimKind } from '../kinds/meta-registry.js';

export const CONFIG_PATH = 'repository/conf/deployment.toml';

/** The node's main configuration file in the bundle (2.x: its api-manager.xml fragments). */
export function configPath(node: ApimNode, version?: ApimVersion): string {
  if (version && versionFacts(version).configFormat === 'xml-fragments')
    return `${nodeFolder(node.name)}/repository/conf/api-manager.xml.fragments.xml`;
  return `${nodeFolder(node.name)}/${CONFIG_PATH}`;
}

/**
 * The profile a node starts with (`-Dprofile=`; a container's PROFILE_NAME), or null for none.
 * rsync: the Gateway Manager receives every deployment, and the gateway-worker profile makes a node
 * read-only, so WSO2's rsync guide starts the manager without a profile (workers keep theirs).
 */
export function startProfile(model: TopologyModel, node: ApimNode): string | null {
  const profile = apimKind(node.kind).profile(model.version);
  if (!profile) return null;
  const cluster = model.clusterOf(node.id);
  if (
    cluster &&
    isDedicatedTo(cluster.lb.fronts, 'gateway') &&
    model.artifactSync(cluster) === 'rsync' &&
    cluster.members[0]?.id === node.id
  ) {
    return null;
  }
  return profile;
}

/** The command that starts a node from `<API-M_HOME>`. */
export function startCommand(model: TopologyModel, node: ApimNode): string {
  const def = apimKind(node.kind);
  const profile = startProfile(model, node);
  const script = `sh bin/${model.version.distributions[def.distribution].script}`;
  if (!profile) return script;
  // The start script runs the profile optimizer only with --optimize (product-apim startup scripts,
  // docs "Product Profiles", method 2), and from 3.1 the optimizer replaces deployment.toml with the
  // profile's template unless told --skipConfigOptimization.
  const { startsWithOptimizer, configFormat } = model.version;
  return [
    script,
    ...(startsWithOptimizer ? ['--optimize'] : []),
    `-Dprofile=${profile}`,
    ...(startsWithOptimizer && configFormat === 'deployment-toml'
      ? ['--skipConfigOptimization']
      : []),
  ].join(' ');
}

/** Which WSO2 file a node's shipped defaults come from, in words. */
function shippedSource(version: VersionFacts, kind: ApimKind): string {
  const def = apimKind(kind);
  const profile = def.profile(version);
  const pack = version.distributions[def.distribution].pack;
  return profile && !version.componentDistributions
    ? `the ${profile} profile's template`
    : `${pack}'s ${profile ? `${profile} template` : 'deployment.toml'}`;
}

function collectSecrets(value: TomlValue, into: Set<string>): void {
  if (typeof value === 'string') {
    const alias = secretAlias(value);
    if (alias) into.add(alias);
  } else if (Array.isArray(value)) {
    for (const v of value) collectSecrets(v, into);
  } else if (typeof value === 'object') {
    for (const v of Object.values(value)) collectSecrets(v, into);
  }
}

/** What a node generates, WSO2's shipped defaults under it, before its extraConfig. */
export function generatedSections(model: TopologyModel, node: ApimNode): TomlSection[] {
  const ctx = model.context(node);
  return withShippedDefaults(
    [...apimKind(node.kind).generate(ctx), ...hazelcastClustering(ctx)],
    shippedDefaults(model.version.version, node.kind),
    shippedSource(model.version, node.kind),
  );
}

/** A node's `deployment.toml` as data. */
export function nodeConfig(model: TopologyModel, node: ApimNode): TomlFile {
  const def = apimKind(node.kind);
  const ctx = model.context(node);
  const generated = generatedSections(model, node);
  // Keys kept verbatim from an imported file go over what the node generates ([secrets] stays last).
  const extra = node.extraConfig;
  const merge = (list: TomlSection[]) =>
    extra && Object.keys(extra).length > 0 ? applyExtraConfig(list, extra) : list;
  const aliases = new Set<string>();
  for (const s of merge(generated)) collectSecrets(s.values, aliases);
  const sections = merge([...generated, ...secretsSection([...aliases].sort())]);
  const topologyName = model.topology.name || 'untitled topology';
  return {
    header: [
      `deployment.toml of ${node.name}: ${def.label} (server_role ${ctx.serverRole}) in "${topologyName}", WSO2 API Manager ${model.version.version}.`,
      `Generated by apim-designer. Copy it to <API-M_HOME>/${CONFIG_PATH} on ${node.host}.`,
      `Start from <API-M_HOME>: ${startCommand(model, node)}`,
    ],
    sections,
  };
}
