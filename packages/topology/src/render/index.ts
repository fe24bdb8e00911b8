/** A topology in, the bundle out: `{ path, contents }[]`, sorted, byte-identical for the same input. */
import { certificatePlan } from '../certs/plan.js';
import { certificatePlanMarkdown } from '../certs/plan-md.js';
import { makeCertsScript } from '../certs/script.js';
import { nodeFolder } from '../bundle-paths.js';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { isLoadBalancer } from '../kinds/guards.js';
import { TopologyModel } from '../model.js';
import { serializeToml } from '../toml.js';
import type { Topology } from '../topology.js';
import { validateModel } from '../validate/index.js';
import { fragments2x } from './fragments-2x.js';
import { hostsFile } from './hosts.js';
import { nginxConfig, nginxPath } from './nginx.js';
import { configPath, nodeConfig } from './node-config.js';
import { parseBack } from './parse-back.js';
import { readme } from './readme.js';
import type { BundleFile } from './bundle-file.js';

export type RenderResult =
  | {
      readonly ok: true;
      readonly files: readonly BundleFile[];
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Bundle files in code-point order of their paths. */
function sortFiles(files: BundleFile[]): BundleFile[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Render the bundle, or refuse with the diagnostics when the document has errors. */
export function render(topology: Topology): RenderResult {
  const model = new TopologyModel(topology);
  const diagnostics = validateModel(model);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  const files: BundleFile[] = [
    { path: 'README.md', contents: readme(model, diagnostics) },
    { path: 'topology.json', contents: JSON.stringify(topology, null, 2) + '\n' },
    { path: 'hosts', contents: hostsFile(model) },
  ];
  if (model.version.configFormat === 'deployment-toml') {
    const plan = certificatePlan(model);
    files.push(
      { path: 'certs/make-certs.sh', contents: makeCertsScript(model, plan) },
      { path: 'certs/plan.md', contents: certificatePlanMarkdown(model, plan) },
    );
  }
  for (const node of model.apimNodes()) {
    if (model.version.configFormat === 'xml-fragments') files.push(...fragments2x(model, node));
    else files.push({ path: configPath(node), contents: serializeToml(nodeConfig(model, node)) });
  }
  for (const node of model.nodes) {
    if (!isLoadBalancer(node)) continue;
    const cluster = model.clusterBehind(node.id);
    if (cluster && cluster.members.length > 0) {
      files.push({ path: nginxPath(node), contents: nginxConfig(model, cluster) });
    }
  }
  const folders = new Map(model.nodes.map((n) => [nodeFolder(n.name), n.id]));
  const invalid = parseBack(files, (path) => folders.get(path.split('/')[0] ?? ''));
  if (invalid.length > 0) return { ok: false, diagnostics: [...diagnostics, ...invalid] };
  return { ok: true, files: sortFiles(files), diagnostics };
}
