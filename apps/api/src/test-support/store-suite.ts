/** The behaviour every TopologyStore engine must have. Run by sqlite-store.test.ts and postgres-store.test.ts. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewShareRecord, TopologyStore } from '../store/topology-store.js';

const doc = (name: string) => ({ schemaVersion: 1, name, nodes: [{ id: 'a', kind: 'gateway' }] });

function newRecord(name = 'first'): NewShareRecord {
  return {
    id: randomBytes(16).toString('base64url'),
    editTokenHash: randomBytes(32).toString('hex'),
    document: doc(name),
    strippedPaths: [],
  };
}

export function storeSuite(open: () => Promise<TopologyStore>): void {
  let store: TopologyStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  describe('store contract', () => {
    it('creates at revision 1 and reads the same document back', async () => {
      const rec = newRecord();
      const created = await store.create(rec);
      expect(created).toMatchObject({ id: rec.id, revision: 1, editTokenHash: rec.editTokenHash });
      const read = await store.get(rec.id);
      expect(read?.document).toEqual(doc('first'));
      expect(read?.revision).toBe(1);
      expect(Date.parse(read?.createdAt ?? '')).not.toBeNaN();
    });

    it('keeps the key order of the document', async () => {
      const rec = { ...newRecord(), document: { z: 1, a: 2, m: { y: 1, b: 2 } } };
      await store.create(rec);
      const read = await store.get(rec.id);
      expect(JSON.stringify(read?.document)).toBe('{"z":1,"a":2,"m":{"y":1,"b":2}}');
    });

    it('returns undefined for an unknown id', async () => {
      expect(await store.get('no-such-id')).toBeUndefined();
    });

    it('refuses a second record with the same id', async () => {
      const rec = newRecord();
      await store.create(rec);
      await expect(store.create(rec)).rejects.toThrow();
    });

    it('updates only from the current revision (compare-and-set)', async () => {
      const rec = newRecord();
      await store.create(rec);
      const change = {
        document: doc('second'),
        strippedPaths: [
          ['settings', 'superAdmin', 'password'],
          ['nodes', 0, 'x'],
        ],
      };
      expect(await store.update(rec.id, 1, change)).toEqual({ status: 'updated', revision: 2 });
      expect(await store.update(rec.id, 1, { ...change, document: doc('lost') })).toEqual({
        status: 'stale',
        revision: 2,
      });
      const read = await store.get(rec.id);
      expect(read?.document).toEqual(doc('second'));
      expect(read?.strippedPaths).toEqual([
        ['settings', 'superAdmin', 'password'],
        ['nodes', 0, 'x'],
      ]);
      expect(read?.revision).toBe(2);
    });

    it('lets exactly one of two concurrent updates from the same revision win', async () => {
      const rec = newRecord();
      await store.create(rec);
      const outcomes = await Promise.all(
        ['x', 'y'].map((n) => store.update(rec.id, 1, { document: doc(n), strippedPaths: [] })),
      );
      expect(outcomes.filter((o) => o.status === 'updated')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'stale')).toHaveLength(1);
    });

    it('reports not-found when updating an unknown id', async () => {
      expect(await store.update('nope', 1, { document: {}, strippedPaths: [] })).toEqual({
        status: 'not-found',
      });
    });

    it('deletes, and the record is gone after', async () => {
      const rec = newRecord();
      await store.create(rec);
      expect(await store.delete(rec.id)).toBe(true);
      expect(await store.get(rec.id)).toBeUndefined();
      expect(await store.delete(rec.id)).toBe(false);
    });

    it('reads the revision and token hash alone, for token checks', async () => {
      const rec = newRecord();
      await store.create(rec);
      expect(await store.getAccess(rec.id)).toEqual({
        revision: 1,
        editTokenHash: rec.editTokenHash,
      });
      await store.update(rec.id, 1, { document: doc('second'), strippedPaths: [] });
      expect(await store.getAccess(rec.id)).toEqual({
        revision: 2,
        editTokenHash: rec.editTokenHash,
      });
      expect(await store.getAccess(newRecord().id)).toBeUndefined();
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
