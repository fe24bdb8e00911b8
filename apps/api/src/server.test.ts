/**
 * The real server process: built with tsc, started with node, killed with SIGKILL right after a
 * 201, started again on the same DATA_DIR: the link must still be there.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { buildServer, startServer } from './test-support/server-process.js';
import { example } from './test-support/test-app.js';

const children = new Set<ChildProcess>();
let dataDir = '';

beforeAll(() => {
  buildServer();
  dataDir = mkdtempSync(join(tmpdir(), 'apim-api-server-'));
}, 60_000);

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const start = (env: Record<string, string> = {}) =>
  startServer({ DATA_DIR: dataDir, WEB_DIST: join(dataDir, 'no-web'), ...env }, children);

describe('the server process', () => {
  it('keeps a created link across kill -9 and a restart, and stops cleanly on SIGTERM', async () => {
    const first = await start();
    const doc = example();
    const created = await fetch(`${first.url}/api/v1/topologies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(doc),
    });
    expect(created.status).toBe(201);
    const { id } = z.object({ id: z.string() }).parse(await created.json());
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await start();
    const read = await fetch(`${second.url}/api/v1/topologies/${id}`);
    expect(read.status).toBe(200);
    const body = z
      .object({ topology: z.object({ name: z.string() }), revision: z.number() })
      .parse(await read.json());
    expect(body.topology.name).toBe(doc.name);
    expect(body.revision).toBe(1);

    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  });
});

/**
 * The durability guarantee under load: SIGKILL in the middle of a burst of concurrent creates;
 * after a restart every create that got its 201 reads back. (scripts/crash-burst.mjs is the
 * longer version.)
 */
describe.each([
  ['SQLite', () => ({})],
  ['PostgreSQL', () => ({ DATABASE_URL: inject('databaseUrl') })],
])('a SIGKILL during a burst of creates on %s', (_engine, engineEnv) => {
  it('loses no acknowledged create', async () => {
    const env = { ...engineEnv(), RATE_LIMIT_MAX: '1000000' };
    const first = await start(env);
    const acked = new Map<string, string>();
    let killed = false;
    const worker = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const name = `burst ${w}-${i}`;
        try {
          const res = await fetch(`${first.url}/api/v1/topologies`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ...example(), name }),
          });
          if (res.status !== 201) throw new Error(`status ${res.status}`);
          const { id } = z.object({ id: z.string() }).parse(await res.json());
          acked.set(id, name);
          if (acked.size >= 60 && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch {
          // After the kill, requests in flight never get an answer; before it, none may fail.
          if (!killed) {
            killed = true;
            throw new Error('a create failed before the kill');
          }
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, w) => worker(w)));
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(60);

    const second = await start(env);
    const missing: string[] = [];
    for (const [id, name] of acked) {
      const res = await fetch(`${second.url}/api/v1/topologies/${id}`);
      const body =
        res.status === 200
          ? z.object({ topology: z.object({ name: z.string() }) }).parse(await res.json())
          : undefined;
      if (body?.topology.name !== name) missing.push(id);
    }
    expect(missing).toEqual([]);
    second.child.kill('SIGTERM');
    await second.exited;
  }, 60_000);
});

describe('the server output', () => {
  async function linesOf(env: Record<string, string>): Promise<string[]> {
    const running = await start({ LOG_LEVEL: 'info', ...env });
    expect((await fetch(`${running.url}/api/v1/health`)).status).toBe(200);
    running.child.kill('SIGTERM');
    expect(await running.exited).toEqual({ code: 0, signal: null });
    return running.stdout().trimEnd().split('\n');
  }

  it('is JSON lines only when stdout is not a terminal (and with LOG_FORMAT=json)', async () => {
    const envs: Record<string, string>[] = [{}, { LOG_FORMAT: 'json' }];
    for (const env of envs) {
      const lines = await linesOf(env);
      const records = lines.map((l) => z.looseObject({ msg: z.string() }).parse(JSON.parse(l)));
      expect(records.map((r) => r.msg)).toEqual([
        expect.stringMatching(/^apim-designer listening on http:\/\/127\.0\.0\.1:\d+$/),
        'request completed',
        'shutting down',
      ]);
    }
  });

  it('is human lines with LOG_FORMAT=pretty (what a terminal gets)', async () => {
    const lines = await linesOf({ LOG_FORMAT: 'pretty' });
    expect(lines).toEqual([
      expect.stringMatching(/^apim-designer listening on http:\/\/127\.0\.0\.1:\d+$/),
      expect.stringMatching(/^\d\d:\d\d:\d\d INFO {2}GET \/api\/v1\/health 200 \d+\.\d ms$/),
      expect.stringMatching(/^\d\d:\d\d:\d\d INFO {2}shutting down signal=SIGTERM$/),
    ]);
  });
});
