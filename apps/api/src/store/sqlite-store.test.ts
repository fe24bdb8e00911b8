import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { storeSuite } from '../test-support/store-suite.js';
import { openSqliteStore, SQLITE_FILE } from './sqlite-store.js';

const root = mkdtempSync(join(tmpdir(), 'apim-api-sqlite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('SqliteStore', () => {
  storeSuite(async () => openSqliteStore(join(root, 'suite')));

  it('creates DATA_DIR on first start, in WAL mode', async () => {
    const dir = join(root, 'fresh', 'nested');
    const store = openSqliteStore(dir);
    await store.close();
    expect(existsSync(join(dir, SQLITE_FILE))).toBe(true);
    const db = new Database(join(dir, SQLITE_FILE));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('keeps records across a reopen', async () => {
    const dir = join(root, 'reopen');
    const first = openSqliteStore(dir);
    await first.create({ id: 'abc', editTokenHash: 'h', document: { a: 1 }, strippedPaths: [] });
    await first.close();
    const second = openSqliteStore(dir);
    expect((await second.get('abc'))?.document).toEqual({ a: 1 });
    await second.close();
  });
});
