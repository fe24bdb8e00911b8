/**
 * The import worker thread (see import-pool.ts): runs one job per message and posts the outcome
 * back. Everything an import costs (inflating, parsing TOML, matching URLs) happens here, off the
 * server's event loop.
 */
import { parentPort } from 'node:worker_threads';
import { runImportJob, type ImportJob } from './import-job.js';

export interface JobMessage {
  readonly id: number;
  readonly job: ImportJob;
}

parentPort?.on('message', (message: JobMessage) => {
  parentPort?.postMessage({ id: message.id, outcome: runImportJob(message.job) });
});
