/**
 * The built API server (`node apps/api/dist/server.js`, the start command) as a child process on a
 * free loopback port with a temporary DATA_DIR, removed when it stops.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVER_JS = fileURLToPath(new URL('../../apps/api/dist/server.js', import.meta.url));
const SERVER_TIMING_JS = fileURLToPath(new URL('./server-timing.js', import.meta.url));

/** Every variable apps/api/src/env.ts reads: none leaks in from the caller's environment. */
const SERVER_VARIABLES = [
  'PORT',
  'HOST',
  'PUBLIC_URL',
  'DATA_DIR',
  'DATABASE_URL',
  'BODY_LIMIT',
  'MAX_NODES',
  'MAX_EDGES',
  'RATE_LIMIT_MAX',
  'RATE_LIMIT_WINDOW_MS',
  'TRUST_PROXY',
  'WEB_DIST',
  'LOG_LEVEL',
];

export interface ServerOptions {
  /** Extra environment (e.g. DATABASE_URL, RATE_LIMIT_MAX). */
  readonly env?: Readonly<Record<string, string>>;
  /** Load the preload that sends `Server-Timing: app;dur=<ms>` on every response. */
  readonly serverTiming?: boolean;
}

export interface RunningServer {
  readonly url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

const running = new Set<ChildProcess>();

/** Kills every server still running (the run's time limit was hit). */
export function killServers(): void {
  for (const child of running) child.kill('SIGKILL');
}

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(SERVER_JS)) {
    throw new Error(`${SERVER_JS} is missing: build first (pnpm run build, or npm run bench)`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'apim-bench-'));
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of SERVER_VARIABLES) delete env[name];
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    // The server as deployed logs every request at info; stdout goes to /dev/null below.
    LOG_LEVEL: 'info',
    ...opts.env,
  });
  const args = opts.serverTiming ? ['--import', SERVER_TIMING_JS, SERVER_JS] : [SERVER_JS];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`the API server exited before it was ready:\n${stderr}`);
    }
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the API server did not become healthy within 20 s:\n${stderr}`);
    }
    await sleep(100);
  }
  return { url, stop };
}
