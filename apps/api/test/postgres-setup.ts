/**
 * Vitest global setup for the api project: makes a real local PostgreSQL available to the store
 * suite and provides its URL as `databaseUrl`.
 *
 * - TEST_DATABASE_URL set: used as is (a server someone else runs).
 * - Otherwise, as root on Debian: installs `postgresql` with apt-get when missing, starts the
 *   cluster when it is down (and stops it again afterwards), creates a throwaway role and
 *   database for this run and drops them at the end.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const PG_ROOT = '/usr/lib/postgresql';

function sh(cmd: string, args: string[], input?: string): string {
  return execFileSync(cmd, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
}

function installedVersions(): string[] {
  if (!existsSync(PG_ROOT)) return [];
  return readdirSync(PG_ROOT)
    .filter((v) => existsSync(`${PG_ROOT}/${v}/bin/postgres`))
    .sort((a, b) => Number(b) - Number(a));
}

function ensureInstalled(): void {
  if (installedVersions().length > 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'PostgreSQL is not installed and this is not root: install it (apt-get install postgresql) ' +
        'or set TEST_DATABASE_URL to a server the tests may create tables in.',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], {
    env,
    stdio: 'inherit',
  });
}

interface Cluster {
  version: string;
  name: string;
  port: number;
  online: boolean;
}

function clusters(): Cluster[] {
  return sh('pg_lsclusters', ['--no-header'])
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 4)
    .map(([version = '', name = '', port = '', status = '']) => ({
      version,
      name,
      port: Number(port),
      online: status.startsWith('online'),
    }));
}

function psql(port: number, sql: string): void {
  sh(
    'runuser',
    ['-u', 'postgres', '--', 'psql', '-p', String(port), '-v', 'ON_ERROR_STOP=1', '-q'],
    sql,
  );
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('databaseUrl', given);
    return () => undefined;
  }
  ensureInstalled();
  let cluster = clusters()[0];
  if (!cluster) {
    const version = installedVersions()[0] ?? '15';
    sh('pg_createcluster', [version, 'main']);
    cluster = clusters()[0];
  }
  if (!cluster) throw new Error('no PostgreSQL cluster could be created');
  const { version, name, port } = cluster;
  const startedHere = !cluster.online;
  if (startedHere) sh('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'start']);

  const suffix = randomBytes(6).toString('hex');
  const role = `apim_test_${suffix}`;
  const password = randomBytes(18).toString('base64url');
  // SUPERUSER: test/readme-sql.test.ts runs the bundle README's SQL as the database administrator
  // would (it creates a user and databases it owns). The role lives for this run only.
  psql(port, `CREATE ROLE ${role} LOGIN SUPERUSER PASSWORD '${password}';`);
  psql(port, `CREATE DATABASE ${role} OWNER ${role};`);
  project.provide('databaseUrl', `postgres://${role}:${password}@127.0.0.1:${port}/${role}`);

  return () => {
    psql(port, `DROP DATABASE IF EXISTS ${role} WITH (FORCE);`);
    psql(port, `DROP ROLE IF EXISTS ${role};`);
    if (startedHere) sh('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'stop']);
  };
}
