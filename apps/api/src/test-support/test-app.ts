/** Builds the app for `app.inject()` tests: SQLite in a temp dir, silent logs, no SPA. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../env.js';

const examples = join(import.meta.dirname, '../../../../examples');

/** The distributed 3.2.0 example as a plain value (a valid document that renders). */
export function example(): Record<string, unknown> {
  const value: unknown = JSON.parse(readFileSync(join(examples, 'distributed-3.2.0.json'), 'utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('bad example');
  return { ...value };
}

export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    WEB_DIST: join(dataDir, 'no-web'),
    PUBLIC_URL: 'http://designer.test',
    ...env,
  });
}

/** An app per test file, closed and its data dir removed afterwards. */
export function useTestApp(env: Record<string, string> = {}): () => FastifyInstance {
  let app: FastifyInstance | undefined;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'apim-api-test-'));
    app = await buildApp({ config: testConfig(dir, env) });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!app) throw new Error('app not built yet');
    return app;
  };
}
