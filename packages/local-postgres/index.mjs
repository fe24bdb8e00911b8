/**
 * A throwaway PostgreSQL database on this machine's Debian cluster, for the API's store suite
 * (apps/api/test/postgres-setup.ts) and the share-store benchmark (bench/src/postgres.ts): the cluster
 * is started when it is down (and stopped again by drop()), a role and a database are created for
 * this run and dropped at the end. Needs root; with `install`, Debian's `postgresql` is installed and
 * a cluster created when missing.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';

const PG_ROOT = '/usr/lib/postgresql';

export class PostgresUnavailable extends Error {
  name = 'PostgresUnavailable';
}

function sh(cmd, args, input) {
  return execFileSync(cmd, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Installed major versions, newest first. */
function installedVersions() {
  if (!existsSync(PG_ROOT)) return [];
  return readdirSync(PG_ROOT)
    .filter((v) => existsSync(`${PG_ROOT}/${v}/bin/postgres`))
    .sort((a, b) => Number(b) - Number(a));
}

function aptInstall() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], {
    env,
    stdio: 'inherit',
  });
}

function clusters() {
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

function psql(port, sql) {
  sh(
    'runuser',
    ['-u', 'postgres', '--', 'psql', '-p', String(port), '-v', 'ON_ERROR_STOP=1', '-q'],
    sql,
  );
}

export function throwawayDatabase({ prefix, superuser = false, install = false }) {
  const root = process.getuid?.() === 0;
  if (installedVersions().length === 0) {
    if (!install)
      throw new PostgresUnavailable('PostgreSQL is not installed (apt-get install postgresql)');
    if (!root)
      throw new PostgresUnavailable(
        'PostgreSQL is not installed and this is not root: install it (apt-get install postgresql) or name a server to use',
      );
    aptInstall();
  }
  if (!root) throw new PostgresUnavailable('not root: name a database to use instead');
  let cluster = clusters()[0];
  if (!cluster && install) {
    sh('pg_createcluster', [installedVersions()[0] ?? '15', 'main']);
    cluster = clusters()[0];
  }
  if (!cluster) throw new PostgresUnavailable('no PostgreSQL cluster (pg_createcluster)');
  const { version, name, port } = cluster;
  const startedHere = !cluster.online;
  if (startedHere) sh('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'start']);
  const role = `${prefix}_${randomBytes(6).toString('hex')}`;
  const password = randomBytes(18).toString('base64url');
  const drop = () => {
    psql(port, `DROP DATABASE IF EXISTS ${role} WITH (FORCE);`);
    psql(port, `DROP ROLE IF EXISTS ${role};`);
    if (startedHere) sh('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'stop']);
  };
  try {
    psql(port, `CREATE ROLE ${role} LOGIN${superuser ? ' SUPERUSER' : ''} PASSWORD '${password}';`);
    psql(port, `CREATE DATABASE ${role} OWNER ${role};`);
  } catch (e) {
    drop();
    throw e;
  }
  return { url: `postgres://${role}:${password}@127.0.0.1:${port}/${role}`, drop };
}
