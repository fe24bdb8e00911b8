/**
 * The real server process: built with tsc, started with node, killed with SIGKILL right after a
 * 201, started again on the same DATA_DIR: the link must still be there.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { example } from './test-support/test-app.js';

const pkg = join(import.meta.dirname, '..');
const children = new Set<ChildProcess>();
let dataDir = '';

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(pkg, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: pkg,
      stdio: 'pipe',
    },
  );
  dataDir = mkdtempSync(join(tmpdir(), 'apim-api-server-'));
}, 60_000);

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(): Promise<Running> {
  const child = spawn(process.execPath, [join(pkg, 'dist/server.js')], {
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_DIST: join(dataDir, 'no-web'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no listening line; stderr: ${err}`)), 15_000);
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /apim-designer listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], exited });
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${err}`));
    });
  });
}

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
