/** PostgreSQL engine, used when DATABASE_URL is set (several replicas share one database). */
import pg from 'pg';
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

// The document is kept as text, not jsonb: jsonb reorders keys, and a shared document should
// come back as it was written.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS topologies (
  id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  edit_token_hash TEXT NOT NULL,
  document TEXT NOT NULL,
  stripped_paths TEXT NOT NULL DEFAULT '[]',
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

export async function openPostgresStore(connectionString: string): Promise<TopologyStore> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client that loses its connection emits 'error'; without a listener that would crash.
  pool.on('error', () => undefined);
  try {
    // Two replicas starting at once may both run CREATE TABLE IF NOT EXISTS; a lock serialises them.
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(745001)');
      await client.query(SCHEMA);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end();
    throw err;
  }

  return {
    engine: 'postgres',
    async create(record: NewShareRecord): Promise<ShareRecord> {
      const res = await pool.query<ShareRow>(
        `INSERT INTO topologies (id, revision, edit_token_hash, document, stripped_paths)
         VALUES ($1, 1, $2, $3, $4) RETURNING *`,
        [
          record.id,
          record.editTokenHash,
          JSON.stringify(record.document),
          JSON.stringify(record.strippedPaths),
        ],
      );
      const row = res.rows[0];
      if (!row) throw new Error('insert returned no row');
      return rowToRecord(row);
    },
    async getAccess(id: string) {
      const res = await pool.query<{ revision: number | string; edit_token_hash: string }>(
        'SELECT revision, edit_token_hash FROM topologies WHERE id = $1',
        [id],
      );
      const row = res.rows[0];
      return row ? rowToAccess(row) : undefined;
    },
    async get(id: string) {
      const res = await pool.query<ShareRow>('SELECT * FROM topologies WHERE id = $1', [id]);
      const row = res.rows[0];
      return row ? rowToRecord(row) : undefined;
    },
    async update(
      id: string,
      expectedRevision: number,
      change: ShareUpdate,
    ): Promise<UpdateOutcome> {
      // One statement: the CAS and the "why not" read see the same snapshot.
      const res = await pool.query<{ written: number | null; current: number | null }>(
        `WITH cas AS (
           UPDATE topologies SET revision = revision + 1, document = $3, stripped_paths = $4,
                  updated_at = now()
           WHERE id = $1 AND revision = $2 RETURNING revision)
         SELECT (SELECT revision FROM cas) AS written,
                (SELECT revision FROM topologies WHERE id = $1) AS current`,
        [
          id,
          expectedRevision,
          JSON.stringify(change.document),
          JSON.stringify(change.strippedPaths),
        ],
      );
      const row = res.rows[0];
      if (row?.written != null) return { status: 'updated', revision: row.written };
      if (row?.current != null) return { status: 'stale', revision: row.current };
      return { status: 'not-found' };
    },
    async delete(id: string) {
      const res = await pool.query('DELETE FROM topologies WHERE id = $1', [id]);
      return (res.rowCount ?? 0) > 0;
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
