#!/usr/bin/env node
// The entry point behind `npm start`, `npm test` and `npm run bench`.
// It works on a fresh machine with only Node and npm: it finds (or fetches) the pinned pnpm,
// installs the workspace, installs the Debian packages a suite needs when they are missing,
// and then runs the task. Every step prints what it does, and the first failure stops the run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = pkg.packageManager.replace(/^pnpm@/, '');

function run(cmd, args, opts = {}) {
  const shown = [cmd, ...args].join(' ');
  console.log(`\n> ${shown}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (res.error) throw res.error;
  if (res.status !== 0) {
    console.error(`\n✖ "${shown}" exited with ${res.status ?? res.signal}`);
    process.exit(res.status ?? 1);
  }
}

function quiet(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : null;
}

/** The pinned pnpm: the one on PATH when it is the right major version, else through npx. */
function pnpmCommand() {
  const onPath = quiet('pnpm', ['--version']);
  if (onPath && onPath.split('.')[0] === pnpmVersion.split('.')[0]) return ['pnpm', []];
  return ['npx', ['--yes', `pnpm@${pnpmVersion}`]];
}

const [pnpmBin, pnpmPre] = pnpmCommand();
const pnpm = (...args) => run(pnpmBin, [...pnpmPre, ...args]);

function install() {
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  pnpm('install', ...frozen);
}

/**
 * Debian packages some suites need (Chromium for e2e, nginx for `nginx -t` of generated configs,
 * PostgreSQL for the second store, docker-compose for `docker-compose config` of generated compose
 * files: it reads and validates them without a Docker engine). Installed with apt-get when missing and we are root;
 * otherwise the run stops and says what to install.
 */
function ensureDebianPackages(wanted) {
  const missing = wanted.filter(({ probe }) => !probe.some((p) => existsSync(p)));
  if (missing.length === 0) return;
  const names = missing.map((m) => m.pkg);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !quiet('sh', ['-c', 'command -v apt-get'])) {
    console.error(
      `\n✖ These system packages are needed by the test suites and are missing: ${names.join(', ')}.\n` +
        `  Install them (Debian/Ubuntu: sudo apt-get install -y ${names.join(' ')}) and run again.`,
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], { env });
}

const SYSTEM_PACKAGES = {
  chromium: { pkg: 'chromium', probe: [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'] },
  nginx: { pkg: 'nginx', probe: ['/usr/sbin/nginx'] },
  dockerCompose: { pkg: 'docker-compose', probe: ['/usr/bin/docker-compose'] },
  postgresql: {
    pkg: 'postgresql',
    probe: [
      '/usr/lib/postgresql/15/bin/postgres',
      '/usr/lib/postgresql/16/bin/postgres',
      '/usr/lib/postgresql/17/bin/postgres',
    ],
  },
};

const task = process.argv[2];
switch (task) {
  case 'start': {
    install();
    pnpm('run', 'build');
    const server = join(root, 'apps/api/dist/server.js');
    if (existsSync(server)) {
      run(process.execPath, [server]);
    } else {
      console.log(
        '\nThe designer web app is not built yet; the command line is ready:\n' +
          '  npx apim-designer validate examples/distributed-3.2.0.json\n' +
          '  npx apim-designer render examples/distributed-3.2.0.json --out out/bundle\n',
      );
    }
    break;
  }
  case 'test': {
    install();
    const needs = [
      SYSTEM_PACKAGES.nginx,
      SYSTEM_PACKAGES.postgresql,
      SYSTEM_PACKAGES.dockerCompose,
    ];
    if (existsSync(join(root, 'e2e/package.json'))) needs.push(SYSTEM_PACKAGES.chromium);
    ensureDebianPackages(needs);
    pnpm('run', 'lint');
    pnpm('run', 'format:check');
    pnpm('run', 'typecheck');
    pnpm('run', 'test:unit');
    if (existsSync(join(root, 'e2e/package.json'))) {
      pnpm('run', 'build');
      pnpm('--filter', '@apim-designer/e2e', 'test');
    }
    console.log('\n✔ every suite passed');
    break;
  }
  case 'bench': {
    install();
    pnpm('run', 'build');
    run(process.execPath, [join(root, 'scripts/bench.mjs'), ...process.argv.slice(3)]);
    break;
  }
  default:
    console.error('usage: node scripts/run.mjs start|test|bench');
    process.exit(2);
}
