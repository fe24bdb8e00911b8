/**
 * One node's file for a live preview, even while other parts of the topology have errors: the
 * canvas shows what the node would get so far. The bundle itself is still refused until they are fixed.
 */
import { isApimNode, isLoadBalancer } from '../kinds/guards.js';
import { TopologyModel } from '../model.js';
import { serializeToml } from '../toml.js';
import type { Topology } from '../topology.js';
import { fragments2x } from './fragments-2x.js';
import type { BundleFile } from './bundle-file.js';
import { nginxConfig, nginxPath } from './nginx.js';
import { configPath, nodeConfig } from './node-config.js';

export function previewNode(topology: Topology, nodeId: string): BundleFile | null {
  const model = new TopologyModel(topology);
  const node = model.node(nodeId);
  if (!node) return null;
  if (isLoadBalancer(node)) {
    const cluster = model.clusterBehind(node.id);
    return cluster && cluster.members.length > 0
      ? { path: nginxPath(node), contents: nginxConfig(model, cluster) }
      : null;
  }
  if (!isApimNode(node)) return null;
  if (model.version.configFormat === 'xml-fragments') {
    return (
      fragments2x(model, node).find((f) => f.path === configPath(node, topology.apimVersion)) ??
      null
    );
  }
  return { path: configPath(node), contents: serializeToml(nodeConfig(model, node)) };
}
