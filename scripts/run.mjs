#!/usr/bin/env node
// The entry point behind `npm start`, `npm test`, `npm run bench` and `npm run setup`.
// It works on a fresh machine with only Node and npm: it finds (or fetches) the pinned pnpm,
// installs the workspace, installs the Debian packages a suite needs when they are missing,
// and then runs the task. Every step prints what it does, and the first failure stops the run.
// Installs and builds are skipped when nothing they read has changed since the last one
// (fingerprints in node_modules/.cache/apim-designer/run-state.json); when something has, the
// run says what.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changedFiles, fingerprint, listSome, stateStore } from './lib/fingerprint.mjs';
import { installQuietly } from './lib/install-output.mjs';
import { SYSTEM_PACKAGES } from './lib/system-packages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = pkg.packageManager.replace(/^pnpm@/, '');
const store = stateStore(root);
const state = store.read();

function run(cmd, args, opts = {}) {
  const shown = [cmd, ...args].join(' ');
  console.log(`\n> ${shown}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (res.error) throw res.error;
  if (res.status !== 0) fail(shown, res.status ?? res.signal);
}

function fail(shown, code) {
  console.error(`\n✖ "${shown}" exited with ${code}`);
  process.exit(typeof code === 'number' ? code : 1);
}

function quiet(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : null;
}

let pnpmResolved;
/** The pinned pnpm: the one on PATH when it is the right major version, else through npx. */
function pnpmCommand() {
  if (pnpmResolved) return pnpmResolved;
  const onPath = quiet('pnpm', ['--version']);
  pnpmResolved =
    onPath && onPath.split('.')[0] === pnpmVersion.split('.')[0]
      ? ['pnpm', []]
      : ['npx', ['--yes', `pnpm@${pnpmVersion}`]];
  return pnpmResolved;
}
const pnpm = (...args) => {
  const [bin, pre] = pnpmCommand();
  run(bin, [...pre, ...args]);
};

// ---- install ----------------------------------------------------------------------------------

/** What an install reads: the lockfile, the workspace's manifests, and the Node it compiles for. */
function installInputs() {
  const manifests = ['apps', 'packages']
    .flatMap((dir) =>
      existsSync(join(root, dir))
        ? readdirSync(join(root, dir)).map((name) => `${dir}/${name}/package.json`)
        : [],
    )
    .concat(['e2e/package.json', 'bench/package.json']);
  return ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc', ...manifests];
}

const runtime = () =>
  `node ${process.version} ${process.platform}-${process.arch}, pnpm ${pnpmVersion}`;

async function install() {
  const files = fingerprint(root, installInputs(), state.install?.files);
  const before = state.install;
  const installed = existsSync(join(root, 'node_modules/.modules.yaml'));
  const changed = before ? changedFiles(before.files, files) : [];
  if (installed && before && before.runtime === runtime() && changed.length === 0) {
    console.log(
      '✔ dependencies: up to date (no lockfile or package.json change since the last install)',
    );
    return;
  }
  const why = !installed
    ? 'node_modules is missing'
    : !before
      ? 'no install recorded by this script yet'
      : before.runtime !== runtime()
        ? `the runtime changed (${before.runtime} → ${runtime()})`
        : `${listSome(changed)} changed since the last install`;
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  const [bin, pre] = pnpmCommand();
  const args = [...pre, 'install', ...frozen];
  console.log(`\nInstalling: ${why}.\n> ${[bin, ...args].join(' ')}`);
  const log = join(root, 'install.log');
  const code = await installQuietly(bin, args, { cwd: root, log, displayLog: 'install.log' });
  if (code !== 0) fail([bin, ...args].join(' '), code);
  state.install = { runtime: runtime(), files };
  // The root postinstall has just built the core and the command line.
  state.builds = { ...state.builds, cli: { files: fingerprint(root, BUILDS.cli.inputs) } };
  store.write(state);
}

// ---- builds -----------------------------------------------------------------------------------

const ROOT_INPUTS = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'tsconfig.base.json'];
const BUILDS = {
  /** What `npm run setup` needs: the core and the command line (what the postinstall builds). */
  cli: {
    label: 'the core and the command line',
    inputs: [...ROOT_INPUTS, 'packages/topology', 'apps/cli'],
    outputs: ['packages/topology/dist/index.js', 'apps/cli/dist/main.js'],
    args: ['--filter', '@apim-designer/topology', '--filter', 'apim-designer', 'build'],
  },
  /** Everything `pnpm run build` builds: what `npm start` serves. */
  all: {
    label: 'every package',
    inputs: [...ROOT_INPUTS, 'packages', 'apps', 'bench', 'examples'],
    outputs: [
      'packages/topology/dist/index.js',
      'apps/cli/dist/main.js',
      'apps/api/dist/server.js',
      'apps/web/dist/index.html',
      'bench/dist/main.js',
    ],
    args: ['run', 'build'],
  },
};

function build(name) {
  const { label, inputs, outputs, args } = BUILDS[name];
  const files = fingerprint(root, inputs, state.builds?.[name]?.files);
  const before = state.builds?.[name];
  const missing = outputs.filter((o) => !existsSync(join(root, o)));
  const changed = before ? changedFiles(before.files, files) : [];
  if (before && missing.length === 0 && changed.length === 0) {
    console.log(`✔ build of ${label}: up to date (no source change since the last build)`);
    return;
  }
  const why = !before
    ? 'no build recorded by this script yet'
    : missing.length > 0
      ? `${listSome(missing)} is missing`
      : `${listSome(changed)} changed since the last build`;
  console.log(`\nBuilding ${label}: ${why}.`);
  pnpm(...args);
  state.builds = { ...state.builds, [name]: { files } };
  store.write(state);
}

// ---- system packages --------------------------------------------------------------------------

/**
 * Debian packages some suites need (Chromium for e2e, nginx for `nginx -t` of generated configs,
 * PostgreSQL for the second store). Installed with apt-get when missing and we are root;
 * otherwise the run stops and says what to install.
 */
function ensureDebianPackages(wanted) {
  const missing = wanted.filter(({ present }) => !present());
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

// ---- the server -------------------------------------------------------------------------------

/** Runs the server in the foreground; Ctrl+C / SIGTERM reach it and its exit code is ours. */
function serve() {
  const server = join(root, 'apps/api/dist/server.js');
  const child = spawn(process.execPath, [server], { stdio: 'inherit', cwd: root });
  const forward = (signal) => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.once('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)));
}

const CLI = 'node apps/cli/bin/apim-designer.js';

const task = process.argv[2];
switch (task) {
  case 'setup': {
    await install();
    build('cli');
    console.log(
      `\n✔ The command line is ready:\n  ${CLI} validate examples/distributed-3.2.0.json\n  ${CLI} --help`,
    );
    break;
  }
  case 'start': {
    await install();
    build('all');
    serve();
    break;
  }
  case 'test': {
    await install();
    build('cli');
    const needs = [SYSTEM_PACKAGES.nginx, SYSTEM_PACKAGES.postgresql];
    if (existsSync(join(root, 'e2e/package.json'))) needs.push(SYSTEM_PACKAGES.chromium);
    ensureDebianPackages(needs);
    pnpm('run', 'lint');
    pnpm('run', 'format:check');
    pnpm('run', 'typecheck');
    pnpm('run', 'test:unit');
    if (existsSync(join(root, 'e2e/package.json'))) {
      build('all');
      pnpm('--filter', '@apim-designer/e2e', 'test');
    }
    console.log('\n✔ every suite passed');
    break;
  }
  case 'bench': {
    await install();
    build('all');
    run(process.execPath, [join(root, 'scripts/bench.mjs'), ...process.argv.slice(3)]);
    break;
  }
  default:
    console.error('usage: node scripts/run.mjs setup|start|test|bench');
    process.exit(2);
}
