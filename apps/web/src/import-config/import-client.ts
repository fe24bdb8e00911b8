/** Runs the import in a worker, one per import, and hands back its report. */
import type { ConfigImport } from './run-import.js';

export type WorkerReply =
  | { readonly ok: true; readonly result: ConfigImport }
  | { readonly ok: false; readonly message: string };

/** Our own worker's message; checked at the boundary all the same. */
function isReply(data: unknown): data is WorkerReply {
  if (typeof data !== 'object' || data === null || !('ok' in data)) return false;
  if (data.ok === false) return 'message' in data && typeof data.message === 'string';
  return (
    'result' in data &&
    typeof data.result === 'object' &&
    data.result !== null &&
    'report' in data.result &&
    'read' in data.result
  );
}

export function importInWorker(files: readonly File[]): Promise<ConfigImport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<unknown>) => {
      worker.terminate();
      if (!isReply(e.data)) reject(new Error('The import worker answered in an unexpected shape.'));
      else if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'The import worker failed.'));
    };
    worker.postMessage([...files]);
  });
}
