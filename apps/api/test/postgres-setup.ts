/**
 * Vitest global setup for the api project: makes a real local PostgreSQL available to the store
 * suite and provides its URL as `databaseUrl`.
 *
 * - TEST_DATABASE_URL set: used as is (a server someone else runs).
 * - Otherwise, as root on Debian: @apim-designer/local-postgres installs `postgresql` when missing,
 *   starts the cluster when it is down (and stops it again afterwards), creates a throwaway role and
 *   database for this run and drops them at the end.
 */
import { throwawayDatabase } from '@apim-designer/local-postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('databaseUrl', given);
    return () => undefined;
  }
  // SUPERUSER: test/readme-sql.test.ts runs the bundle README's SQL as the database administrator
  // would (it creates a user and databases it owns). The role lives for this run only.
  const db = throwawayDatabase({ prefix: 'apim_test', superuser: true, install: true });
  project.provide('databaseUrl', db.url);
  return () => db.drop();
}
