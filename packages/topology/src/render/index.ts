/** A topology in, the bundle out: `{ path, contents }[]`, sorted, byte-identical for the same input. */
import { certificatePlan } from '../certs/plan.js';
import { certificatePlanMarkdown } from '../certs/plan-md.js';
import { makeCertsScript } from '../certs/script.js';
import { nodeFolder } from '../bundle-paths.js';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { TopologyModel } from '../model.js';
import { DEFAULT_TARGET, targetDefinition, type DeployTarget } from '../targets/index.js';
import type { Topology } from '../topology.js';
import { validateModel } from '../validate/index.js';
import { parseBack } from './parse-back.js';
import type { BundleFile } from './bundle-file.js';

export type RenderResult =
  | {
      readonly ok: true;
      readonly files: readonly BundleFile[];
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export interface RenderOptions {
  /** What the bundle is for (targets/): `vm` (the default), `compose` or `helm`. */
  readonly target?: DeployTarget;
}

/** Bundle files in code-point order of their paths. */
function sortFiles(files: BundleFile[]): BundleFile[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Render the bundle for a target, or refuse with the diagnostics when the document has errors (its
 * own, or what the target cannot express). Every bundle holds README.md and topology.json.
 */
export function render(topology: Topology, options: RenderOptions = {}): RenderResult {
  const target = targetDefinition(options.target ?? DEFAULT_TARGET);
  const model = new TopologyModel(topology);
  const diagnostics = validateModel(model, target);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  const files: BundleFile[] = [
    { path: 'README.md', contents: target.readme(model, diagnostics) },
    { path: 'topology.json', contents: JSON.stringify(topology, null, 2) + '\n' },
    ...target.files(model),
  ];
  if (model.version.configFormat === 'deployment-toml') {
    const plan = certificatePlan(model, target.certificates?.(model));
    files.push(
      { path: 'certs/make-certs.sh', contents: makeCertsScript(model, plan) },
      { path: 'certs/plan.md', contents: certificatePlanMarkdown(model, plan) },
    );
  }
  const folders = new Map(model.nodes.map((n) => [nodeFolder(n.name), n.id]));
  const invalid = parseBack(files, (path) => folders.get(path.split('/')[0] ?? ''));
  if (invalid.length > 0) return { ok: false, diagnostics: [...diagnostics, ...invalid] };
  return { ok: true, files: sortFiles(files), diagnostics };
}
