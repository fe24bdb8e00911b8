/**
 * The import worker thread (see import-pool.ts): runs one job per message and posts the outcome
 * back. Everything an import costs (inflating, parsing TOML, matching URLs) happens here, off the
 * server's event loop.
 */
import { parentPort } from 'node:worker_threads';
import { runDriftJob } from './drift-job.js';
import { runImportJob, type WorkerJob } from './import-job.js';

export interface JobMessage {
  readonly id: number;
  readonly job: WorkerJob;
}

parentPort?.on('message', (message: JobMessage) => {
  const { job } = message;
  const outcome = job.kind === 'drift' ? runDriftJob(job) : runImportJob(job);
  parentPort?.postMessage({ id: message.id, outcome });
});
