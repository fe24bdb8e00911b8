/** A topology in, the bundle out: `{ path, contents }[]`, sorted, byte-identical for the same input. */
import { z } from 'zod';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { TopologyModel } from '../model.js';
import { serializeToml } from '../toml.js';
import type { Topology } from '../topology.js';
import { validateModel } from '../validate/index.js';
import { fragments2x } from './fragments-2x.js';
import { hostsFile } from './hosts.js';
import { nginxConfig, nginxPath } from './nginx.js';
import { configPath, nodeConfig } from './node-config.js';
import { readme } from './readme.js';

/** One file of the bundle: its path inside the zip and its text. */
export const BundleFile = z.strictObject({ path: z.string(), contents: z.string() });
export type BundleFile = Readonly<z.infer<typeof BundleFile>>;

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
  for (const node of model.apimNodes()) {
    if (model.version.family === '2.x') files.push(...fragments2x(model, node));
    else files.push({ path: configPath(node), contents: serializeToml(nodeConfig(model, node)) });
  }
  for (const node of model.nodes) {
    const cluster = node.kind === 'load-balancer' ? model.clusterBehind(node.id) : undefined;
    if (node.kind === 'load-balancer' && cluster && cluster.members.length > 0) {
      files.push({ path: nginxPath(node), contents: nginxConfig(model, cluster) });
    }
  }
  return { ok: true, files: sortFiles(files), diagnostics };
}
