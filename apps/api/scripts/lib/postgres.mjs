/**
 * A PostgreSQL database for a script: DATABASE_URL when set; otherwise, as root on a machine with
 * a local cluster (the one test/postgres-setup.ts uses), a throwaway role and database, dropped
 * after. Returns undefined when neither is possible.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const sh = (cmd, args, input) =>
  execFileSync(cmd, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

export function postgres() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, drop: () => undefined };
  if (process.getuid?.() !== 0) return undefined;
  let clusters;
  try {
    clusters = sh('pg_lsclusters', ['--no-header']).trim().split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
  const [version, name, port, status] = (clusters[0] ?? '').trim().split(/\s+/);
  if (!version) return undefined;
  const startedHere = !status?.startsWith('online');
  if (startedHere) sh('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'start']);
  const psql = (sql) =>
    sh('runuser', ['-u', 'postgres', '--', 'psql', '-p', port, '-v', 'ON_ERROR_STOP=1', '-q'], sql);
  const role = `apim_script_${randomBytes(6).toString('hex')}`;
  const password = randomBytes(18).toString('base64url');
  psql(`CREATE ROLE ${role} LOGIN PASSWORD '${password}';`);
  psql(`CREATE DATABASE ${role} OWNER ${role};`);
  return {
    url: `postgres://${role}:${password}@127.0.0.1:${port}/${role}`,
    drop: () => {
      psql(`DROP DATABASE IF EXISTS ${role} WITH (FORCE);`);
      psql(`DROP ROLE IF EXISTS ${role};`);
      if (startedHere) sh('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'stop']);
    },
  };
}
