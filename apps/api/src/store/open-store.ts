import type { Config } from '../env.js';
import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';
import type { TopologyStore } from './topology-store.js';

/** PostgreSQL when DATABASE_URL is set, else SQLite under DATA_DIR. */
export async function openStore(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<TopologyStore> {
  return config.databaseUrl
    ? openPostgresStore(config.databaseUrl)
    : openSqliteStore(config.dataDir);
}
