/**
 * Files in, the core's import report out. Runs in the import worker (import-worker.ts): the importer
 * and the TOML parser stay out of the page's bundle, and a large zip does not block the canvas.
 */
import { importConfigs, type ImportReport, type ImportedTopology } from '@apim-designer/topology';
import { readConfigFiles, type ReadFiles } from './read-files.js';

export interface ConfigImport {
  readonly names: readonly string[];
  readonly read: ReadFiles;
  readonly topology: ImportedTopology | null;
  readonly report: ImportReport;
}

export async function runImport(picked: readonly File[]): Promise<ConfigImport> {
  const read = await readConfigFiles(picked);
  const { topology, report } = importConfigs(read.files);
  return { names: picked.map((f) => f.name), read, topology, report };
}
