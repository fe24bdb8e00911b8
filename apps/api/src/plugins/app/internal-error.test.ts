import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import type { TopologyStore } from '../../store/topology-store.js';
import { example, testConfig } from '../../test-support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'apim-api-broken-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'connect ECONNREFUSED 10.1.2.3:5432 password=hunter2';
const broken: TopologyStore = {
  engine: 'postgres',
  create: () => Promise.reject(new Error(SECRET)),
  get: () => Promise.reject(new Error(SECRET)),
  getAccess: () => Promise.reject(new Error(SECRET)),
  update: () => Promise.reject(new Error(SECRET)),
  delete: () => Promise.reject(new Error(SECRET)),
  ping: () => Promise.reject(new Error(SECRET)),
  close: () => Promise.resolve(),
};

describe('when the store fails', () => {
  it('answers 500 without leaking internals, and health says 503', async () => {
    const app = await buildApp({ config: testConfig(dir), openStore: async () => broken });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/topologies',
        payload: example(),
      });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({
        error: 'internal',
        message: 'Internal server error',
        issues: [],
      });
      expect(res.body).not.toContain('hunter2');
      const health = await app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toEqual({ status: 'unavailable', store: 'postgres' });
    } finally {
      await app.close();
    }
  });
});
