/** Builds the app for `app.inject()` tests: SQLite in a temp dir, silent logs, no SPA. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../env.js';

const examples = join(import.meta.dirname, '../../../../examples');

/** Loose on purpose: tests break documents in ways the real schema would refuse. */
const Example = z.looseObject({
  name: z.string(),
  nodes: z.array(z.record(z.string(), z.unknown())),
});
type Example = z.infer<typeof Example>;

/** The distributed 3.2.0 example as a plain value (a valid document that renders). */
export function example(): Example {
  const value: unknown = JSON.parse(readFileSync(join(examples, 'distributed-3.2.0.json'), 'utf8'));
  return Example.parse(value);
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
