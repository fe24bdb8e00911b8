/** Probes for the Debian packages the test suites use: present whatever version is installed. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Any installed major version of Debian's PostgreSQL server (`<base>/<major>/bin/postgres`). */
export function debianPostgresInstalled(base = '/usr/lib/postgresql') {
  if (!existsSync(base)) return false;
  return readdirSync(base).some((major) => existsSync(join(base, major, 'bin/postgres')));
}

export const SYSTEM_PACKAGES = {
  chromium: {
    pkg: 'chromium',
    present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
  },
  nginx: { pkg: 'nginx', present: () => existsSync('/usr/sbin/nginx') },
  postgresql: { pkg: 'postgresql', present: () => debianPostgresInstalled() },
};
