/**
 * A throwaway PostgreSQL database for the share rows, as apps/api/test/postgres-setup.ts makes one:
 * the local Debian cluster (started when it is down, and stopped again after), a role and a
 * database created for this run and dropped at the end. Needs root and an installed PostgreSQL;
 * BENCH_DATABASE_URL names a server someone else runs instead.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';

const PG_ROOT = '/usr/lib/postgresql';

export class PostgresUnavailable extends Error {
  override readonly name = 'PostgresUnavailable';
}

function sh(cmd: string, args: string[], input?: string): string {
  return execFileSync(cmd, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
}

interface Cluster {
  readonly version: string;
  readonly name: string;
  readonly port: number;
  readonly online: boolean;
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

export async function withPostgres<T>(fn: (databaseUrl: string) => Promise<T>): Promise<T> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return fn(given);
  const installed = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT).filter((v) => existsSync(`${PG_ROOT}/${v}/bin/postgres`))
    : [];
  if (installed.length === 0) {
    throw new PostgresUnavailable('PostgreSQL is not installed (apt-get install postgresql)');
  }
  if (process.getuid?.() !== 0) {
    throw new PostgresUnavailable('not root: set BENCH_DATABASE_URL to a database to use');
  }
  const cluster = clusters()[0];
  if (!cluster) throw new PostgresUnavailable('no PostgreSQL cluster (pg_createcluster)');
  const { version, name, port } = cluster;
  const startedHere = !cluster.online;
  if (startedHere) sh('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'start']);
  const role = `apim_bench_${randomBytes(6).toString('hex')}`;
  const password = randomBytes(18).toString('base64url');
  try {
    psql(port, `CREATE ROLE ${role} LOGIN PASSWORD '${password}';`);
    psql(port, `CREATE DATABASE ${role} OWNER ${role};`);
    return await fn(`postgres://${role}:${password}@127.0.0.1:${port}/${role}`);
  } finally {
    psql(port, `DROP DATABASE IF EXISTS ${role} WITH (FORCE);`);
    psql(port, `DROP ROLE IF EXISTS ${role};`);
    if (startedHere) sh('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'stop']);
  }
}
