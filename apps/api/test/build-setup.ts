/**
 * Vitest global setup for the api project: builds the core and this package, because imports run
 * in a worker thread and a worker runs the built JavaScript (`dist/import/import-worker.js`, which
 * loads the core's `dist`), not the TypeScript sources the tests import. Built once per run, so
 * the worker never runs an older build than the code under test.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const api = join(import.meta.dirname, '..');
const core = join(api, '../../packages/topology');

export default function setup(): void {
  for (const pkg of [core, api]) {
    execFileSync(
      process.execPath,
      [join(api, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      { cwd: pkg, stdio: 'inherit' },
    );
  }
}
