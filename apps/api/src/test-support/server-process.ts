/** The real server process for tests: built with tsc, started with node on a free port. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const pkg = join(import.meta.dirname, '../..');

export function buildServer(): void {
  execFileSync(
    process.execPath,
    [join(pkg, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: pkg, stdio: 'pipe' },
  );
}

export interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the process has written to stdout so far. */
  stdout(): string;
}

/** Starts dist/server.js with only the given environment (plus PATH); resolves once it listens. */
export function startServer(
  env: Record<string, string>,
  children: Set<ChildProcess>,
): Promise<Running> {
  const child = spawn(process.execPath, [join(pkg, 'dist/server.js')], {
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
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
        resolve({ child, url: m[1], exited, stdout: () => out });
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${err}`));
    });
  });
}
