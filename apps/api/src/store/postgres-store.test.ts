import { describe, inject } from 'vitest';
import { storeSuite } from '../test-support/store-suite.js';
import { openPostgresStore } from './postgres-store.js';

// The URL comes from test/postgres-setup.ts, which starts a local server for the run.
describe('PostgresStore', () => {
  storeSuite(() => openPostgresStore(inject('databaseUrl')));
});
