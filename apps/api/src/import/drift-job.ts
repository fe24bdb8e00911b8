/**
 * A drift check, as the worker runs it: the live files (JSON, or a zip read by the core's
 * `readZip` with the import's caps) against the design, with the core's `drift`. Like an import, it
 * costs a worker, never the server's event loop.
 */
import { drift } from '@apim-designer/topology';
import { unzipFiles, type DriftJob, type ImportOutcome } from './import-job.js';

/** The entries drift compares: deployment.toml files and 2.x XML configuration files. */
export function isLiveConfig(path: string): boolean {
  return /\.(toml|xml)$/i.test(path);
}

export function runDriftJob(job: DriftJob): ImportOutcome {
  let files = job.files ?? [];
  if (job.zip) {
    const read = unzipFiles(job.zip, job.limits, isLiveConfig);
    if (!read.ok) return read;
    files = read.files;
  }
  return { ok: true, drift: drift(job.topology, files) };
}
