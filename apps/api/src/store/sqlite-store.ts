/**
 * SQLite engine: one file under DATA_DIR, WAL journal, synchronous=FULL. FULL makes each commit
 * fsync the WAL, so a 201 survives not only `kill -9` of the process (which WAL with NORMAL would
 * too) but also a power cut. Share writes are rare; the fsync is cheap at that rate.
 *
 * The WAL stays small because every write statement is stepped until SQLite says it is done
 * (`.all()` for `… RETURNING`, never `.get()`): SQLite runs its automatic checkpoint only when a
 * statement finishes that way. A `RETURNING` statement read with `.get()` is reset after its first
 * row, so it commits without ever checkpointing; issue 14 found a 320 MB WAL beside a 128 KB
 * database after 18,000 creates, nothing copied back and a long recovery after a crash. Nothing
 * held a read snapshot: the checkpoint was simply never run. `journal_size_limit` truncates the
 * file after a checkpoint as well, should a burst ever grow it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  rowToAccess,
  rowToRecord,
  type NewShareRecord,
  type ShareRecord,
  type ShareRow,
  type ShareUpdate,
  type TopologyStore,
  type UpdateOutcome,
} from './topology-store.js';

export const SQLITE_FILE = 'apim-designer.sqlite';
/** The WAL file is truncated to this after a checkpoint (it stays near 4 MB: 1,000 pages). */
export const WAL_SIZE_LIMIT = 64 * 1024 * 1024;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS topologies (
  id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  edit_token_hash TEXT NOT NULL,
  document TEXT NOT NULL,
  stripped_paths TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;

function isAccessRow(value: unknown): value is { revision: number; edit_token_hash: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'revision' in value &&
    typeof value.revision === 'number' &&
    'edit_token_hash' in value &&
    typeof value.edit_token_hash === 'string'
  );
}

function isShareRow(value: unknown): value is ShareRow {
  return typeof value === 'object' && value !== null && 'id' in value && 'document' in value;
}

export function openSqliteStore(dataDir: string): TopologyStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, SQLITE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
  db.exec(SCHEMA);

  const insert = db.prepare(
    `INSERT INTO topologies (id, revision, edit_token_hash, document, stripped_paths, created_at, updated_at)
     VALUES (?, 1, ?, ?, ?, ?, ?) RETURNING *`,
  );
  const select = db.prepare('SELECT * FROM topologies WHERE id = ?');
  const selectAccess = db.prepare('SELECT revision, edit_token_hash FROM topologies WHERE id = ?');
  const selectRevision = db.prepare('SELECT revision FROM topologies WHERE id = ?').pluck();
  const compareAndSet = db
    .prepare(
      `UPDATE topologies SET revision = revision + 1, document = ?, stripped_paths = ?, updated_at = ?
       WHERE id = ? AND revision = ? RETURNING revision`,
    )
    .pluck();
  const remove = db.prepare('DELETE FROM topologies WHERE id = ?');

  const readRow = (value: unknown): ShareRecord | undefined =>
    isShareRow(value) ? rowToRecord(value) : undefined;

  // One transaction, so "not found" and "stale" are told apart against the same snapshot.
  const update = db.transaction((id: string, expected: number, change: ShareUpdate) => {
    const now = new Date().toISOString();
    const doc = JSON.stringify(change.document);
    const paths = JSON.stringify(change.strippedPaths);
    // `.all()`: run to completion (see the header), though it returns one row at most.
    const [written]: unknown[] = compareAndSet.all(doc, paths, now, id, expected);
    if (typeof written === 'number') return { status: 'updated', revision: written } as const;
    const current: unknown = selectRevision.get(id);
    if (typeof current === 'number') return { status: 'stale', revision: current } as const;
    return { status: 'not-found' } as const;
  });

  return {
    engine: 'sqlite',
    async create(record: NewShareRecord): Promise<ShareRecord> {
      const now = new Date().toISOString();
      // `.all()`: run to completion (see the header), though it returns one row.
      const [row]: unknown[] = insert.all(
        record.id,
        record.editTokenHash,
        JSON.stringify(record.document),
        JSON.stringify(record.strippedPaths),
        now,
        now,
      );
      const created = readRow(row);
      if (!created) throw new Error('insert returned no row');
      return created;
    },
    async get(id: string) {
      return readRow(select.get(id));
    },
    async getAccess(id: string) {
      const row: unknown = selectAccess.get(id);
      return isAccessRow(row) ? rowToAccess(row) : undefined;
    },
    async update(
      id: string,
      expectedRevision: number,
      change: ShareUpdate,
    ): Promise<UpdateOutcome> {
      return update(id, expectedRevision, change);
    },
    async delete(id: string) {
      return remove.run(id).changes > 0;
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
