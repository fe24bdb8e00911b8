/**
 * Imports run in worker threads, never on the server's event loop: a hostile zip or a large set of
 * files costs a worker, not `/health`. Each job has a time limit (past it the worker is terminated
 * and replaced) and each worker a heap limit (past it the worker dies and the job fails); the
 * queue is bounded (past it: busy). Workers start on the first import and stay for the next.
 */
import { Worker } from 'node:worker_threads';
import type { ImportOutcome, JobError, WorkerJob } from './import-job.js';

export interface ImportPoolOptions {
  /** The worker's script (the built `import-worker.js`). */
  readonly workerUrl: URL;
  readonly size: number;
  /** A job running longer is stopped: `503 import-timeout`. */
  readonly timeoutMs: number;
  /** Jobs waiting for a worker; more: `503 import-busy`. */
  readonly maxQueue: number;
  /** Each worker's old-generation heap limit. */
  readonly memoryMb: number;
  /** Told about workers that fail for a reason other than a limit (for the log). */
  readonly onWorkerError?: (err: unknown) => void;
}

interface Task {
  readonly id: number;
  readonly job: WorkerJob;
  readonly transfer: ArrayBuffer[];
  readonly resolve: (outcome: ImportOutcome) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker | null;
  task: Task | null;
}

const failure = (statusCode: number, code: string, message: string): ImportOutcome => ({
  ok: false,
  error: {
    statusCode,
    code,
    message,
    issues: [{ path: '(document)', message }],
  } satisfies JobError,
});

function isOutOfMemory(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

export class ImportPool {
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ImportPoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => ({
      worker: null,
      task: null,
    }));
  }

  /** Runs a job; `transfer` lists buffers handed to the worker (no longer usable here). */
  run(job: WorkerJob, transfer: ArrayBuffer[] = []): Promise<ImportOutcome> {
    if (this.closed) return Promise.resolve(failure(503, 'import-busy', 'The server is stopping'));
    if (this.queue.length >= this.options.maxQueue && this.slots.every((s) => s.task)) {
      return Promise.resolve(
        failure(503, 'import-busy', 'Too many imports are running; try again in a moment'),
      );
    }
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, transfer, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0))
      task.resolve(failure(503, 'import-busy', 'The server is stopping'));
    await Promise.all(
      this.slots.map(async (slot) => {
        const worker = slot.worker;
        slot.worker = null;
        if (slot.task) this.finish(slot, failure(503, 'import-busy', 'The server is stopping'));
        if (worker) await worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift();
      if (!task) return;
      const worker = slot.worker ?? this.spawn(slot);
      slot.task = task;
      task.timer = setTimeout(() => {
        void this.kill(slot);
        this.finish(
          slot,
          failure(
            503,
            'import-timeout',
            `The import did not finish within ${this.options.timeoutMs} ms and was stopped`,
          ),
        );
      }, this.options.timeoutMs);
      worker.postMessage({ id: task.id, job: task.job }, task.transfer);
    }
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(this.options.workerUrl, {
      // Plain Node, whatever flags started this process (Vitest's `--conditions source` would
      // point the built worker at the core's TypeScript).
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
    });
    slot.worker = worker;
    worker.on('message', (message: { id: number; outcome: ImportOutcome }) => {
      if (slot.worker === worker && slot.task?.id === message.id)
        this.finish(slot, message.outcome);
    });
    // Only the slot's current worker speaks for it: one terminated on a timeout may still exit
    // after a new one took the next job.
    worker.on('error', (err) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      const oom = isOutOfMemory(err);
      if (!oom) this.options.onWorkerError?.(err);
      this.finish(
        slot,
        oom
          ? failure(
              413,
              'import-too-large',
              `The import needed more than the ${this.options.memoryMb} MB one import may use and was stopped`,
            )
          : failure(500, 'internal', 'Internal server error'),
      );
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      this.options.onWorkerError?.(new Error(`the import worker exited with ${code}`));
      this.finish(slot, failure(500, 'internal', 'Internal server error'));
    });
    return worker;
  }

  private async kill(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    await worker?.terminate();
  }

  private finish(slot: Slot, outcome: ImportOutcome): void {
    const task = slot.task;
    if (!task) return;
    clearTimeout(task.timer);
    slot.task = null;
    task.resolve(outcome);
    if (!this.closed) this.dispatch();
  }
}
