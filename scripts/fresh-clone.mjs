#!/usr/bin/env node
/**
 * The newcomer's path, checked: clones this repository (HEAD) into a temporary folder, runs the
 * README's install line, then every command line shown in README.md and apps/cli/README.md
 * (their ```sh blocks) and checks each against its documented exit code: the `# exit N` in its
 * comment. `npm start` ("until Ctrl+C") must print its URL and serve the designer; it is started
 * twice and the second start, with nothing changed, must print the URL within 5 s.
 *
 *   node scripts/fresh-clone.mjs [--skip "<command>"]… [--keep]
 *
 * --skip: a command not to run, with the reason printed (CI skips `npm test`, which it has just
 * run on its own clean clone). --keep: leave the clone in place. Every wait is bounded.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = ['README.md', 'apps/cli/README.md'];
const INSTALL = 'npm run setup';
const SECOND_START_BUDGET_MS = 5_000;
const TIMEOUT_MS = { 'npm test': 30 * 60_000, [INSTALL]: 15 * 60_000, default: 5 * 60_000 };
const START_TIMEOUT_MS = 15 * 60_000;

const args = process.argv.slice(2);
const skips = args.flatMap((a, i) => (a === '--skip' && args[i + 1] ? [args[i + 1]] : []));
const keep = args.includes('--keep');

/** Each ```sh line of a document: `{ doc, line, command, exit }` (exit: a number or 'server'). */
export function documentedCommands(doc, text) {
  const out = [];
  let inSh = false;
  text.split('\n').forEach((raw, i) => {
    if (/^```/.test(raw)) {
      inSh = !inSh && /^```(sh|bash|shell)\s*$/.test(raw);
      return;
    }
    if (!inSh || raw.trim() === '' || raw.trim().startsWith('#')) return;
    const hash = raw.indexOf(' #');
    const command = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    const comment = hash === -1 ? '' : raw.slice(hash + 2);
    const code = /\bexit (\d+)\b/.exec(comment)?.[1];
    const exit = /until Ctrl\+C/.test(comment)
      ? 'server'
      : code === undefined
        ? null
        : Number(code);
    out.push({ doc, line: i + 1, command, exit });
  });
  return out;
}

/** The environment of a user's shell: npm's own variables (when this runs under npm) removed. */
function userEnv(extra = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('npm_') && k !== 'INIT_CWD'),
  );
  return { ...env, ...extra };
}

function sh(command, cwd, log, timeoutMs, extraEnv) {
  return new Promise((resolve) => {
    const out = createWriteStream(log);
    const started = performance.now();
    const child = spawn('sh', ['-c', command], {
      cwd,
      env: userEnv(extraEnv),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    const timer = setTimeout(() => {
      out.write(`\n[fresh-clone] timed out after ${timeoutMs} ms\n`);
      process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      out.end();
      resolve({
        code: code ?? (signal ? `signal ${signal}` : null),
        ms: performance.now() - started,
      });
    });
  });
}

/** Starts a server command; resolves when its URL is printed (or it fails / times out). */
function startServer(command, cwd, log, env) {
  return new Promise((resolve) => {
    const out = createWriteStream(log);
    const started = performance.now();
    const child = spawn('sh', ['-c', command], {
      cwd,
      env: userEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let text = '';
    let done = false;
    const finish = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ...result, child, out });
    };
    const timer = setTimeout(() => finish({ url: null, why: 'no URL in time' }), START_TIMEOUT_MS);
    const onData = (d) => {
      out.write(d);
      text += d.toString();
      const m = /apim-designer listening on (http:\/\/[^\s"]+)/.exec(text);
      if (m) finish({ url: m[1], ms: performance.now() - started });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => out.write(d));
    child.once('exit', (code) => finish({ url: null, why: `exited with ${code} before its URL` }));
  });
}

/** Ctrl+C, as a terminal sends it: SIGINT to the process group; resolves once it has exited. */
function interrupt(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
    const timer = setTimeout(() => {
      process.kill(-child.pid, 'SIGKILL');
      resolve(false);
    }, 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
    process.kill(-child.pid, 'SIGINT');
  });
}

async function runServer(entry, clone, logDir, n) {
  const problems = [];
  const times = [];
  for (const round of [1, 2]) {
    const log = join(logDir, `${n}-${round}.log`);
    const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(logDir, 'data') };
    const started = await startServer(entry.command, clone, log, env);
    if (!started.url) {
      problems.push(`start ${round}: ${started.why} (log: ${log})`);
      if (started.child.exitCode === null) await interrupt(started.child);
      break;
    }
    times.push(started.ms);
    const page = await fetch(started.url).catch((e) => ({
      status: String(e),
      text: async () => '',
    }));
    const html = await page.text();
    if (page.status !== 200 || !html.includes('apim-designer'))
      problems.push(`start ${round}: GET ${started.url} answered ${page.status}, not the designer`);
    if (!(await interrupt(started.child))) problems.push(`start ${round}: did not stop on Ctrl+C`);
    started.out.end();
    if (round === 2 && started.ms > SECOND_START_BUDGET_MS)
      problems.push(
        `the second start took ${Math.round(started.ms)} ms to its URL (budget ${SECOND_START_BUDGET_MS} ms)`,
      );
  }
  return { problems, times };
}

async function main() {
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const base = mkdtempSync(join(tmpdir(), 'apim-designer-fresh-'));
  const clone = join(base, 'repo');
  const logDir = join(base, 'logs');
  execFileSync('mkdir', ['-p', logDir]);
  console.log(`Cloning ${root} (HEAD ${head}) into ${clone}`);
  if (dirty) console.log('  (uncommitted changes are not in the clone: it has HEAD only)');
  execFileSync('git', ['clone', '--quiet', root, clone], { stdio: 'inherit' });

  const entries = DOCS.flatMap((doc) =>
    documentedCommands(doc, readFileSync(join(clone, doc), 'utf8')),
  );
  const undocumented = entries.filter((e) => e.exit === null);
  if (undocumented.length > 0) {
    for (const e of undocumented)
      console.error(
        `✖ ${e.doc}:${e.line}: "${e.command}" states no exit code (# exit N, or # until Ctrl+C)`,
      );
    process.exit(1);
  }
  const install = entries.find((e) => e.doc === 'README.md' && e.command === INSTALL);
  if (!install) {
    console.error(`✖ README.md shows no install line (${INSTALL})`);
    process.exit(1);
  }

  const results = [];
  let n = 0;
  for (const entry of [install, ...entries]) {
    n += 1;
    const where = `${entry.doc}:${entry.line}`;
    if (skips.includes(entry.command)) {
      console.log(`- ${entry.command}  (skipped: --skip; ${where})`);
      results.push({ ...entry, skipped: true });
      continue;
    }
    process.stdout.write(`> ${entry.command}  (${where}) … `);
    if (entry.exit === 'server') {
      const { problems, times } = await runServer(entry, clone, logDir, n);
      const shown = times.map((t) => `${(t / 1000).toFixed(1)} s`).join(', then ');
      console.log(
        problems.length === 0 ? `served; URL after ${shown}` : `✖ ${problems.join('; ')}`,
      );
      results.push({ ...entry, ok: problems.length === 0, times });
      continue;
    }
    const log = join(logDir, `${n}.log`);
    const timeout = TIMEOUT_MS[entry.command] ?? TIMEOUT_MS.default;
    const { code, ms } = await sh(entry.command, clone, log, timeout);
    const ok = code === entry.exit;
    console.log(
      `${ok ? '' : '✖ '}exit ${code} (documented ${entry.exit}) in ${(ms / 1000).toFixed(1)} s`,
    );
    if (!ok) {
      const tail = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-40).join('\n    ');
      console.log(`    ${tail}`);
    }
    results.push({ ...entry, ok, code, ms });
  }

  const failed = results.filter((r) => !r.skipped && !r.ok);
  console.log(
    `\n${failed.length === 0 ? '✔' : '✖'} ${results.length - failed.length - results.filter((r) => r.skipped).length} ` +
      `of ${results.filter((r) => !r.skipped).length} commands as documented` +
      (skips.length ? `; skipped: ${skips.join(', ')}` : ''),
  );
  if (keep || failed.length > 0) console.log(`The clone and the logs: ${base}`);
  else rmSync(base, { recursive: true, force: true });
  process.exit(failed.length === 0 ? 0 : 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
