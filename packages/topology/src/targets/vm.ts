/** The `vm` target: a folder per node mirroring <API-M_HOME>, nginx per load balancer, hosts lines. */
import { isApimNode, isLoadBalancer } from '../kinds/guards.js';
import type { TopologyModel } from '../model.js';
import type { BundleFile } from '../render/bundle-file.js';
import { fragments2x } from '../render/fragments-2x.js';
import { hostsFile } from '../render/hosts.js';
import { nginxConfig, nginxPath } from '../render/nginx.js';
import { configPath, nodeConfig } from '../render/node-config.js';
import { readme } from '../render/readme.js';
import { serializeToml } from '../toml.js';
import type { ApimNode } from '../topology.js';
import { TARGET_META } from './meta.js';
import type { TargetDefinition } from './types.js';

/** A node's configuration files (its deployment.toml; on 2.x its XML fragments). */
export function nodeFiles(model: TopologyModel, node: ApimNode): BundleFile[] {
  if (model.version.configFormat === 'xml-fragments') return fragments2x(model, node);
  return [{ path: configPath(node), contents: serializeToml(nodeConfig(model, node)) }];
}

/** The nginx configuration of every load balancer with members. */
export function nginxFiles(model: TopologyModel): BundleFile[] {
  const files: BundleFile[] = [];
  for (const node of model.nodes) {
    if (!isLoadBalancer(node)) continue;
    const cluster = model.clusterBehind(node.id);
    if (cluster && cluster.members.length > 0) {
      files.push({ path: nginxPath(node), contents: nginxConfig(model, cluster) });
    }
  }
  return files;
}

/** The node's own file: its deployment.toml (2.x: its api-manager.xml fragments), a load balancer's nginx.conf. */
export function nodePreview(model: TopologyModel, nodeId: string): BundleFile | null {
  const node = model.node(nodeId);
  if (!node) return null;
  if (isLoadBalancer(node)) {
    const cluster = model.clusterBehind(node.id);
    return cluster && cluster.members.length > 0
      ? { path: nginxPath(node), contents: nginxConfig(model, cluster) }
      : null;
  }
  if (!isApimNode(node)) return null;
  const main = configPath(node, model.topology.apimVersion);
  return nodeFiles(model, node).find((f) => f.path === main) ?? null;
}

export const vmTarget: TargetDefinition = {
  name: 'vm',
  ...TARGET_META.vm,
  diagnostics: () => [],
  readme,
  files: (model) => [
    { path: 'hosts', contents: hostsFile(model) },
    ...model.apimNodes().flatMap((node) => nodeFiles(model, node)),
    ...nginxFiles(model),
  ],
  preview: nodePreview,
};
