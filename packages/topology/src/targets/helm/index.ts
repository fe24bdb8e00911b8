/**
 * The `helm` target: values for WSO2's Helm charts (wso2/helm-apim), one file per chart release, and
 * install.sh. The charts write each node's deployment.toml from their own templates, so the values
 * carry the design's facts and the README lists what they cannot.
 */
import type { TopologyModel } from '../../model.js';
import type { BundleFile } from '../../render/bundle-file.js';
import { TARGET_META } from '../meta.js';
import type { TargetDefinition } from '../types.js';
import { nodePreview } from '../vm.js';
import { helmDiagnostics } from './diagnostics.js';
import { INSTALL_SCRIPT, installScript, valuesFiles } from './files.js';
import { helmPlan, instanceServices, service } from './plan.js';
import { helmReadme } from './readme.js';

function build(model: TopologyModel) {
  const facts = model.version.helm;
  if (!facts) return null;
  const plan = helmPlan(model, facts);
  return { plan, files: valuesFiles(model, plan) };
}

export const helmTarget: TargetDefinition = {
  name: 'helm',
  ...TARGET_META.helm,
  diagnostics: helmDiagnostics,
  // Every chart mounts one keystore secret, and the pods call each other by Service names.
  certificates: (model) => {
    const built = build(model);
    return {
      sharedTls: true,
      extraNames: (node) => {
        const release = built?.plan.byNode.get(node.id);
        return release ? [service(release), ...instanceServices(release)] : [];
      },
    };
  },
  readme: (model, diagnostics) => {
    const built = build(model);
    return built ? helmReadme(model, built.plan, built.files, diagnostics) : '';
  },
  files: (model): BundleFile[] => {
    const built = build(model);
    if (!built) return [];
    return [
      ...built.files.values.values(),
      { path: INSTALL_SCRIPT, contents: installScript(model, built.plan, built.files) },
    ];
  },
  // A node's chart release values; a load balancer's (its cluster is one release) too.
  preview: (model, nodeId) => {
    const built = build(model);
    if (!built) return nodePreview(model, nodeId);
    const node = model.node(nodeId);
    const release =
      built.plan.byNode.get(nodeId) ??
      built.plan.releases.find((r) => r.lb !== undefined && r.lb.id === node?.id);
    return release ? (built.files.values.get(release) ?? null) : null;
  },
};
