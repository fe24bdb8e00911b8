/**
 * Starts the real, built API server (which serves the built SPA) on the chosen port with a
 * temporary DATA_DIR, waits until it is healthy, and returns the teardown that stops it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const server = join(root, 'apps/api/dist/server.js');
const webIndex = join(root, 'apps/web/dist/index.html');

async function waitForHealth(url: string, logs: () => string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the API server did not become healthy at ${url}:\n${logs()}`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const f of [server, webIndex])
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`pnpm run build\` first.`);
  const port = process.env.E2E_PORT;
  if (!port) throw new Error('E2E_PORT is not set (playwright.config.ts sets it)');
  const dataDir = await mkdtemp(join(tmpdir(), 'apim-designer-e2e-'));
  await mkdir(join(root, 'e2e/artifacts'), { recursive: true });
  let output = '';
  const child = spawn(process.execPath, [server], {
    cwd: root,
    env: { ...process.env, PORT: port, HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  await waitForHealth(`http://127.0.0.1:${port}/api/v1/health`, () => output);
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
}
