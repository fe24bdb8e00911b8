/** The import worker: File objects in, the import report (plain data) out. */
import { runImport } from './run-import.js';
import type { WorkerReply } from './import-client.js';

function isFileList(data: unknown): data is File[] {
  return Array.isArray(data) && data.every((f) => f instanceof File);
}

self.onmessage = (e: MessageEvent<unknown>) => {
  const reply = (r: WorkerReply) => self.postMessage(r);
  if (!isFileList(e.data)) {
    reply({ ok: false, message: 'The import worker was sent something other than files.' });
    return;
  }
  runImport(e.data).then(
    (result) => reply({ ok: true, result }),
    (err: unknown) =>
      reply({ ok: false, message: err instanceof Error ? err.message : String(err) }),
  );
};
