/**
 * A missing id and a wrong token must cost the same work, so timing does not reveal which ids
 * exist. Measured statistically that would be flaky; instead this counts the work done.
 * (scripts/share-timing.mjs measures the medians against the real server.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTopology } from '@apim-designer/topology';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { TopologyStore } from '../store/topology-store.js';
import { example } from '../test-support/test-app.js';
import { ShareService } from './share-service.js';
import { tokenMatches } from './tokens.js';

const dir = mkdtempSync(join(tmpdir(), 'apim-api-share-'));
const store = openSqliteStore(dir);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function counted(inner: TopologyStore) {
  const work = { reads: 0, checks: [] as string[] };
  const counting: TopologyStore = {
    engine: inner.engine,
    ping: () => inner.ping(),
    close: () => inner.close(),
    get: (id) => {
      work.reads += 1;
      return inner.get(id);
    },
    getAccess: (id) => {
      work.reads += 1;
      return inner.getAccess(id);
    },
    create: (r) => inner.create(r),
    update: (id, rev, change) => inner.update(id, rev, change),
    delete: (id) => inner.delete(id),
  };
  const service = new ShareService(counting, (token, hash) => {
    work.checks.push(hash);
    return tokenMatches(token, hash);
  });
  return { service, work };
}

const parsed = parseTopology(example());
if (!parsed.ok) throw new Error('example does not parse');
const topology = parsed.topology;

describe('ShareService refusals do the same work for a missing id and a wrong token', () => {
  it.each(['update', 'remove'] as const)('%s', async (operation) => {
    const { service, work } = counted(store);
    const { id } = await service.create(topology);
    const run = (target: string) =>
      operation === 'update'
        ? service.update(target, 'wrong-token', () => true, topology)
        : service.remove(target, 'wrong-token');

    work.reads = 0;
    work.checks = [];
    expect(await run(id)).toEqual({ status: 'forbidden' });
    const wrongToken = { reads: work.reads, checks: [...work.checks] };

    work.reads = 0;
    work.checks = [];
    expect(await run('AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ status: 'not-found' });
    const missing = { reads: work.reads, checks: [...work.checks] };

    // One read and one constant-time check of a sha-256 hash, either way.
    expect(missing.reads).toBe(1);
    expect(wrongToken.reads).toBe(1);
    expect(missing.checks).toHaveLength(1);
    expect(wrongToken.checks).toHaveLength(1);
    expect(missing.checks[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(wrongToken.checks[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('still accepts the right token and refuses everything else', async () => {
    const { service } = counted(store);
    const { id, editToken } = await service.create(topology);
    expect(await service.remove(id, 'no share link has this token')).toEqual({
      status: 'forbidden',
    });
    expect(await service.remove(id, editToken)).toEqual({ status: 'deleted', revision: 1 });
    expect(await service.remove(id, editToken)).toEqual({ status: 'not-found' });
  });
});
