/** `apim-designer import`: deployment.toml files or a bundle zip back into a topology document. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { importConfigs, type ImportReport } from '@apim-designer/topology';
import type { Args } from './args.js';
import { InputError } from './document.js';
import { readImportFiles } from './import-files.js';
import type { Io } from './output.js';

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0
    ? []
    : ['', `${title} (${lines.length}):`, ...lines.map((l) => `  ${l}`)];
}

export function formatReport(report: ImportReport): string {
  const where = (e: ImportReport['errors'][number]) =>
    [e.file || '(files)', e.line, e.column].filter((p) => p !== undefined).join(':');
  return [
    `Imported ${report.nodes.length} API-M node(s) from ${report.source}:`,
    ...report.nodes.map((n) => `  ${n.nodeId}: ${n.kind} from ${n.file} (${n.how}: ${n.detail})`),
    ...section(
      'Kept verbatim in extraConfig',
      report.kept.map((k) => `${k.nodeId}: ${k.key}`),
    ),
    ...section(
      'Could not be matched',
      report.unmatched.map((u) => `${u.file}: ${u.key} = ${u.value} (${u.why})`),
    ),
    ...section(
      'Written by a render but not in the files',
      report.added.map((k) => `${k.nodeId}: ${k.key}`),
    ),
    ...section(
      'Errors',
      report.errors.map((e) => `${where(e)}: ${e.message}`),
    ),
    ...section('Notes', report.notes),
  ].join('\n');
}

export async function importCommand(args: Args, io: Io): Promise<number> {
  if (args.files.length === 0)
    throw new InputError('import needs deployment.toml files or a bundle zip');
  const files = await readImportFiles(args.files);
  const { topology, report } = importConfigs(files, {
    versionOption: '--apim-version <version>',
    ...(args.apimVersion ? { apimVersion: args.apimVersion } : {}),
  });
  const text = topology && `${JSON.stringify(topology, null, 2)}\n`;
  if (text && args.out !== undefined) {
    await mkdir(dirname(resolve(args.out)), { recursive: true });
    await writeFile(args.out, text);
  }
  if (args.json) io.out(JSON.stringify({ topology, report }, null, 2));
  else {
    io.err(formatReport(report));
    if (text && args.out === undefined) io.out(text);
  }
  if (!topology) {
    io.err('Nothing could be recovered: no topology was written.');
    return 1;
  }
  if (args.out !== undefined) io.err(`Wrote ${args.out}.`);
  return 0;
}
