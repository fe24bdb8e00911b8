/**
 * `apim-designer diff`: what changes in the bundle between two topologies, or if one topology
 * targets another API-M version (and what does not carry over).
 */
import {
  diffTopologies,
  diffVersions,
  hasErrors,
  type TopologyDiff,
} from '@apim-designer/topology';
import type { Args } from './args.js';
import { InputError, readTopology } from './document.js';
import { formatDiagnostics, type Io } from './output.js';

function summary(diff: TopologyDiff, args: Args): string {
  if (!diff.files)
    return args.toVersion
      ? `Not compared: on API-M ${args.toVersion} the topology has errors (see above): they do not carry over.`
      : 'Not compared: a side does not render (see the diagnostics above).';
  if (diff.files.length === 0) return 'No file changes.';
  const lines = diff.files.map(
    (f) => `  ${f.change.padEnd(7)} ${f.path} (+${f.added} -${f.removed})`,
  );
  return `${diff.files.length} file(s) differ:\n${lines.join('\n')}`;
}

export async function diffCommand(args: Args, io: Io): Promise<number> {
  const [first, second, ...rest] = args.files;
  if (first === undefined) throw new InputError('diff needs a topology file');
  if (rest.length > 0) throw new InputError(`unexpected argument ${rest[0]}`);
  if ((second === undefined) === (args.toVersion === undefined))
    throw new InputError('diff needs a second topology file or --to-version <version>, not both');
  const before = await readTopology(first);
  const diff =
    second !== undefined
      ? diffTopologies(before, await readTopology(second))
      : diffVersions(before, args.toVersion ?? before.apimVersion);

  if (args.json) {
    io.out(JSON.stringify({ files: diff.files, diagnostics: diff.diagnostics }, null, 2));
  } else {
    for (const f of diff.files ?? []) io.out(f.unified);
    const problems = diff.diagnostics.filter((d) => d.severity !== 'info');
    if (problems.length > 0) io.err(formatDiagnostics(problems));
    io.err(summary(diff, args));
  }
  return diff.files === null || hasErrors(diff.diagnostics) ? 1 : 0;
}
