/**
 * A throwaway PostgreSQL database for the share rows (@apim-designer/local-postgres, as the API's store
 * suite makes one): the local Debian cluster, a role and a database for this run, dropped at the end.
 * Needs root and an installed PostgreSQL; BENCH_DATABASE_URL names a server someone else runs instead.
 */
import { PostgresUnavailable, throwawayDatabase } from '@apim-designer/local-postgres';

export { PostgresUnavailable };

export async function withPostgres<T>(fn: (databaseUrl: string) => Promise<T>): Promise<T> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return fn(given);
  const db = throwawayDatabase({ prefix: 'apim_bench' });
  try {
    return await fn(db.url);
  } finally {
    db.drop();
  }
}
