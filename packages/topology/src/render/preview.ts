/**
 * One node's file for a live preview, even while other parts of the topology have errors: the
 * canvas shows what the node would get so far. The bundle itself is still refused until they are fixed.
 */
import { TopologyModel } from '../model.js';
import { DEFAULT_TARGET, targetDefinition, type DeployTarget } from '../targets/index.js';
import type { Topology } from '../topology.js';
import type { BundleFile } from './bundle-file.js';

/** The node's file for a target: its deployment.toml or nginx.conf; on helm, its chart release's values. */
export function previewNode(
  topology: Topology,
  nodeId: string,
  target: DeployTarget = DEFAULT_TARGET,
): BundleFile | null {
  return targetDefinition(target).preview(new TopologyModel(topology), nodeId);
}
