/**
 * Shared by the on-demand scripts: build the server, start it on a free loopback port with its own
 * environment, stop it (SIGTERM) or kill it (SIGKILL). Never used by the test suite.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const pkg = join(dirname(fileURLToPath(import.meta.url)), '../..');
const repo = join(pkg, '../..');

export function build() {
  execFileSync(
    process.execPath,
    [join(pkg, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: pkg,
      stdio: 'inherit',
    },
  );
}

export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function example() {
  return JSON.parse(readFileSync(join(repo, 'examples/distributed-3.2.0.json'), 'utf8'));
}

/** A high rate limit: the scripts create thousands of links from one address. */
export const NO_RATE_LIMIT = { RATE_LIMIT_MAX: '1000000000' };

export function start(env) {
  const child = spawn(process.execPath, [join(pkg, 'dist/server.js')], {
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  let err = '';
  child.stderr.on('data', (d) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 20_000);
    child.stdout.on('data', (d) => {
      out += d.toString();
      const m = /apim-designer listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          pid: child.pid,
          exited,
          stderr: () => err,
          stop: async () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            return exited;
          },
          kill: async () => {
            if (child.exitCode === null) child.kill('SIGKILL');
            return exited;
          },
        });
      }
    });
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${err}`));
    });
  });
}

export async function createShare(url, doc) {
  const res = await fetch(`${url}/api/v1/topologies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(doc),
  });
  if (res.status !== 201) throw new Error(`create answered ${res.status}: ${await res.text()}`);
  return res.json();
}

export async function readShare(url, id) {
  const res = await fetch(`${url}/api/v1/topologies/${id}`);
  return { status: res.status, body: res.status === 200 ? await res.json() : undefined };
}

/** `--name value` from argv, or the fallback. */
export function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

export function machine() {
  return `${process.platform} ${process.arch}, node ${process.version}`;
}

/** The SQLite WAL file's size in a DATA_DIR (0 when there is none). */
export function walBytes(dataDir) {
  const wal = join(dataDir, 'apim-designer.sqlite-wal');
  return existsSync(wal) ? statSync(wal).size : 0;
}

/** The bound the scripts hold the WAL to (issue 14: it reached 320 MB). */
export const WAL_LIMIT = 64 * 1024 * 1024;

export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
