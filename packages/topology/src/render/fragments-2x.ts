/**
 * API-M 2.x has no deployment.toml: each node is configured in carbon.xml, api-manager.xml, its data
 * sources, user store and registry (and a Publisher's jndi.properties). The bundle holds, per node
 * and per file, the elements document 001 and the 2.6 distributed-deployment guide prescribe, as
 * fragments with the path of the element each one replaces. Every XML file is well-formed; each kind
 * says which groups of fragments its nodes get (`legacyFragments`).
 */
import { nodeFolder } from '../bundle-paths.js';
import { primary } from '../generate/clients.js';
import type { LegacyFragment } from '../kinds/definition.js';
import { kindLabel } from '../kinds/meta-registry.js';
import { apimKind } from '../kinds/registry.js';
import type { TopologyModel } from '../model.js';
import type { ApimNode } from '../topology.js';
import type { BundleFile } from './bundle-file.js';
import {
  environments,
  keyManagerClient,
  keyValidatorWsClient,
  policyDeployer,
  revokeUrl,
  storeUrl,
  throttlingClient,
} from './legacy/api-manager.js';
import { apimDatasource, registryMounts, userStoreDatasource } from './legacy/datasources.js';
import { text, type Fragment, type LegacyFile } from './legacy/fragment.js';
import { jndiBroker, propertiesText, type PropertiesFragment } from './legacy/jndi.js';
import { commentText, el, serializeXml } from './xml.js';

function carbonFragments(model: TopologyModel, node: ApimNode): Fragment[] {
  const host = model.clusterOf(node.id)?.lb.host ?? node.host;
  const file = 'repository/conf/carbon.xml';
  return [
    { file, path: '/Server/HostName', element: text('HostName', host) },
    { file, path: '/Server/MgtHostName', element: text('MgtHostName', host) },
    { file, path: '/Server/Ports/Offset', element: text('Offset', String(node.offset)) },
  ];
}

/** The fragments of each group a kind declares, in the order the files list them. */
const GROUPS: Readonly<
  Record<LegacyFragment, (model: TopologyModel, node: ApimNode) => readonly Fragment[]>
> = {
  'gateway-environments': environments,
  'key-manager-client': (model, node) =>
    keyManagerClient(model, primary(model.reach(node.id, 'key-manager'))),
  'key-validator-ws-client': (model, node) =>
    keyValidatorWsClient(primary(model.reach(node.id, 'key-manager'))),
  'throttling-client': (model, node) => throttlingClient(model.reach(node.id, 'traffic-manager')),
  'policy-deployer': (model, node) => policyDeployer(model.reach(node.id, 'traffic-manager')),
  'store-url': (model, node) => storeUrl(primary(model.reach(node.id, 'devportal'))),
  'revoke-url': (model, node) => revokeUrl(primary(model.reach(node.id, 'gateway'))),
  'apim-datasource': apimDatasource,
  'user-store-datasource': userStoreDatasource,
  'registry-mounts': registryMounts,
  'jndi-broker': () => [],
};

/** The files every 2.x node gets (even with nothing to change: the preview shows api-manager.xml). */
const ALWAYS: readonly LegacyFile[] = [
  'repository/conf/carbon.xml',
  'repository/conf/api-manager.xml',
];

export function fragmentPath(node: ApimNode, file: LegacyFile): string {
  return `${nodeFolder(node.name)}/${file}.fragments.xml`;
}

function header(model: TopologyModel, node: ApimNode, file: string, how: string[]): string[] {
  return [
    `apim-designer: fragments for <API-M_HOME>/${file} of ${node.name} (${kindLabel(node.kind)}), WSO2 API Manager ${model.version.version}.`,
    ...how,
  ];
}

function xmlFile(
  model: TopologyModel,
  node: ApimNode,
  file: LegacyFile,
  fragments: readonly Fragment[],
): string {
  const lines = header(model, node, file, [
    `For each <fragment>, find the element at its path in ${file} and replace it with the fragment's content`,
    '(add it at that path where the file has none). Keep everything else as the product ships it.',
  ]);
  const root = el(
    'fragments',
    { file, node: node.name },
    ...fragments.map((f) =>
      el('fragment', f.note ? { path: f.path, note: f.note } : { path: f.path }, f.element),
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!--\n${lines.map((l) => `  ${commentText(l)}`).join('\n')}\n-->\n${serializeXml(root)}\n`;
}

function propertiesFile(
  model: TopologyModel,
  node: ApimNode,
  fragments: readonly PropertiesFragment[],
): string {
  const file = fragments[0]?.file ?? 'repository/conf/jndi.properties';
  const lines = header(model, node, file, [
    `Set each key below in ${file} (add it where the file has none); keep the other keys.`,
  ]);
  const body = fragments.flatMap((f) => [
    ...(f.note ? [`# ${propertiesText(f.note)}`] : []),
    `${propertiesText(f.key)} = ${propertiesText(f.value)}`,
  ]);
  return [...lines.map((l) => `# ${propertiesText(l)}`), ...body].join('\n') + '\n';
}

/** A node's fragments per file, as data (verify compares live files with them). */
export function nodeFragments(model: TopologyModel, node: ApimNode): Map<LegacyFile, Fragment[]> {
  const groups = apimKind(node.kind).legacyFragments;
  const fragments = [
    ...carbonFragments(model, node),
    ...groups.flatMap((group) => GROUPS[group](model, node)),
  ];
  // One fragment per path and file: the first group to set it wins.
  const byFile = new Map<LegacyFile, Fragment[]>(ALWAYS.map((f) => [f, []]));
  const seen = new Set<string>();
  for (const f of fragments) {
    const key = `${f.file}\u0000${f.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  }
  return byFile;
}

export function fragments2x(model: TopologyModel, node: ApimNode): BundleFile[] {
  const groups = apimKind(node.kind).legacyFragments;
  const byFile = nodeFragments(model, node);
  const files: BundleFile[] = [...byFile].map(([file, list]) => ({
    path: fragmentPath(node, file),
    contents: xmlFile(model, node, file, list),
  }));
  const jndi = groups.includes('jndi-broker') ? jndiBroker(model, node) : [];
  if (jndi.length > 0) {
    files.push({
      path: `${nodeFolder(node.name)}/repository/conf/jndi.properties.fragments.properties`,
      contents: propertiesFile(model, node, jndi),
    });
  }
  return files;
}
