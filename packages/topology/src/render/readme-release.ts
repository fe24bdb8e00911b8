/**
 * The README's release-specific preparation (4.5+: distributions, Java, the 4.7 encryption key, a
 * Redis for distributed throttling) and the note on profiles, for the nodes that have one.
 */
import { urlHost } from '../fields.js';
import { isKeyValueStore } from '../kinds/guards.js';
import { kindLabel } from '../kinds/meta-registry.js';
import { apimKind } from '../kinds/registry.js';
import { serverListener } from '../kinds/servers.js';
import type { TopologyModel } from '../model.js';
import type { ApimNode } from '../topology.js';
import { code, md } from './markdown.js';

/** The distribution a node runs (4.5+: `wso2am-acp`, …) and the folder it unpacks to. */
export function distributionOf(model: TopologyModel, node: ApimNode): string {
  const pack = model.version.distributions[apimKind(node.kind).distribution].pack;
  return `${pack}-${model.version.version}`;
}

/** Numbered steps of "Before you start" after the host names, certificates and databases. */
export function releaseSteps(
  model: TopologyModel,
  order: readonly ApimNode[],
  first: number,
): string[] {
  const { version } = model;
  const steps: string[][] = [];
  if (version.componentDistributions || version.jdk) {
    const packs = [...new Set(order.map((n) => distributionOf(model, n)))];
    const title = version.componentDistributions ? 'Distributions and Java' : 'Java';
    const parts = [
      ...(version.componentDistributions
        ? [
            `API-M ${version.version} ships a distribution per component; this topology uses ` +
              `${packs.map(code).join(', ')} (the node table says which node runs which).`,
          ]
        : []),
      ...(version.jdk
        ? [`API-M ${version.version}'s start scripts accept JDK ${version.jdk}.`]
        : []),
    ];
    steps.push([`**${title}.** ${parts.join(' ')}`]);
  }
  if (version.encryptionKey) {
    const key = model.topology.settings.encryptionKey;
    steps.push([
      `**Encryption key.** Every node's ${code('[encryption] key')} must be the same before its first start: the nodes`,
      '   encrypt shared data with it, and a node without one creates a random key of its own that the others cannot read.',
      key === undefined
        ? "   None is set: generate one with `openssl rand -hex 32` and set it as the topology's encryption key."
        : key.startsWith('$secret{')
          ? `   Generate it once (\`openssl rand -hex 32\`) and put the same value in every node's ${code('[secrets]')} entry before running the cipher tool.`
          : key.startsWith('$')
            ? `   Each node reads it from ${code(key)}: give every node the same value (\`openssl rand -hex 32\`).`
            : '   The key is written in every file as it is: keep the files as secret as the key.',
    ]);
  }
  for (const store of model.nodes.filter(isKeyValueStore)) {
    const listener = serverListener(store);
    steps.push([
      `**Redis.** ${md(store.name)} (${code(`${urlHost(store.host)}:${listener?.port ?? ''}`)}) holds the Traffic Managers'`,
      '   throttle counters: Redis or Valkey in replication mode (sharded clusters are not supported), reachable from',
      `   ${model
        .neighbours(store.id)
        .map((n) => `**${md(n.name)}**`)
        .join(
          ', ',
        )}${store.password === undefined ? ' (no password is set: protect it on the network)' : ''}.`,
    ]);
  }
  return steps.flatMap((lines, i) => [`${first + i}. ${lines[0] ?? ''}`, ...lines.slice(1)]);
}

/** The README note on profiles: which nodes start with the profile optimizer, and what it does. */
export function profileNote(model: TopologyModel, order: readonly ApimNode[]): string[] {
  const profiled = order.filter((n) => apimKind(n.kind).profile(model.version));
  if (profiled.length === 0) return [];
  const who =
    profiled.length === order.length
      ? 'Each node is'
      : `${profiled.map((n) => `**${md(n.name)}** (${kindLabel(n.kind)})`).join(', ')} ${profiled.length > 1 ? 'are' : 'is'}`;
  return [
    `- ${who} started with \`--optimize -Dprofile=<profile> --skipConfigOptimization\`: \`--optimize\` runs WSO2's profile`,
    '  optimizer before the server starts (it removes the web apps and features the profile does not use, so each node needs',
    '  its own unpacked pack), and `--skipConfigOptimization` keeps this `deployment.toml`: without it the optimizer replaces it',
    "  with the profile's template (the old file kept as `deployment.toml.backup`) and this configuration is lost.",
  ];
}
