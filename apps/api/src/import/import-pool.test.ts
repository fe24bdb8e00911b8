import { afterEach, describe, expect, it } from 'vitest';
import type { ImportJob } from './import-job.js';
import { ImportPool, type ImportPoolOptions } from './import-pool.js';

const TEST_WORKER = new URL('../../test/fixtures/test-worker.mjs', import.meta.url);
const job = (path: string, contents = ''): ImportJob => ({
  kind: 'files',
  files: [{ path, contents }],
});

const pools: ImportPool[] = [];
function pool(over: Partial<ImportPoolOptions> = {}) {
  const errors: unknown[] = [];
  const p = new ImportPool({
    workerUrl: TEST_WORKER,
    size: 1,
    timeoutMs: 5_000,
    maxQueue: 4,
    memoryMb: 64,
    onWorkerError: (err) => errors.push(err),
    ...over,
  });
  pools.push(p);
  return { p, errors };
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('ImportPool', () => {
  it('runs jobs in a worker, one after the other on one worker', async () => {
    const { p } = pool();
    const outcomes = await Promise.all([p.run(job('a')), p.run(job('b'))]);
    expect(outcomes).toEqual([
      { ok: true, result: { echo: 'a' } },
      { ok: true, result: { echo: 'b' } },
    ]);
  });

  it('stops a job past its time limit (503 import-timeout) and runs the next on a new worker', async () => {
    const { p } = pool({ timeoutMs: 300 });
    const slow = p.run(job('sleep', '5000'));
    const next = p.run(job('after'));
    expect(await slow).toMatchObject({
      ok: false,
      error: {
        statusCode: 503,
        code: 'import-timeout',
        message: 'The import did not finish within 300 ms and was stopped',
      },
    });
    expect(await next).toEqual({ ok: true, result: { echo: 'after' } });
  });

  it('answers 503 import-busy when the queue is full', async () => {
    const { p } = pool({ maxQueue: 1 });
    const running = p.run(job('sleep', '300'));
    const queued = p.run(job('queued'));
    expect(await p.run(job('one too many'))).toMatchObject({
      ok: false,
      error: { statusCode: 503, code: 'import-busy' },
    });
    expect(await running).toMatchObject({ ok: true });
    expect(await queued).toEqual({ ok: true, result: { echo: 'queued' } });
  });

  it('fails a job whose worker runs out of its heap with 413, and keeps serving', async () => {
    const { p, errors } = pool({ memoryMb: 32 });
    expect(await p.run(job('oom'))).toMatchObject({
      ok: false,
      error: {
        statusCode: 413,
        code: 'import-too-large',
        message: expect.stringMatching(/more than the 32 MB/),
      },
    });
    expect(errors).toEqual([]);
    expect(await p.run(job('again'))).toEqual({ ok: true, result: { echo: 'again' } });
  });

  it('fails a job whose worker throws or exits with 500 (logged), and keeps serving', async () => {
    const { p, errors } = pool();
    for (const what of ['throw', 'exit']) {
      expect(await p.run(job(what))).toMatchObject({
        ok: false,
        error: { statusCode: 500, code: 'internal' },
      });
      expect(await p.run(job('again'))).toEqual({ ok: true, result: { echo: 'again' } });
    }
    expect(errors).toHaveLength(2);
  });

  it('refuses work once closed', async () => {
    const { p } = pool();
    await p.close();
    expect(await p.run(job('late'))).toMatchObject({ ok: false, error: { code: 'import-busy' } });
  });
});
