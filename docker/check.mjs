#!/usr/bin/env node
// Checks docker/ without a Docker engine: that every path the Dockerfile copies exists (or is
// built by a step before it), that the image starts the server the way the README says, runs
// as a non-root user and carries the SPA; that the compose file points at files and services
// that exist; and, when nginx is installed, that the proxy config parses.
//   node docker/check.mjs [--root <repository root>]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml } from './yaml-subset.mjs';

const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root = resolve(
  rootArg >= 0 ? (args[rootArg + 1] ?? '.') : join(dirname(fileURLToPath(import.meta.url)), '..'),
);
const problems = [];
const passed = [];
const check = (ok, what) => (ok ? passed.push(what) : problems.push(what));
const read = (rel) => readFileSync(join(root, rel), 'utf8');

// ---- Dockerfile -------------------------------------------------------------------------------
/** Instructions with continuation lines joined, comments dropped. */
function instructions(text) {
  const out = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!current && (line === '' || line.startsWith('#'))) continue;
    current += (current ? ' ' : '') + line.replace(/\\$/, '').trim();
    if (!line.endsWith('\\')) {
      const [op = '', ...rest] = current.split(/\s+/);
      out.push({ op: op.toUpperCase(), args: rest.join(' ') });
      current = '';
    }
  }
  return out;
}

/** A path the build stage produces: `<package>/dist` of a workspace package with a build script. */
function builtByWorkspace(rel) {
  const m = /^(.+)\/dist$/.exec(rel);
  if (!m || !existsSync(join(root, m[1], 'package.json'))) return false;
  return typeof JSON.parse(read(join(m[1], 'package.json'))).scripts?.build === 'string';
}

function checkDockerfile() {
  const steps = instructions(read('docker/Dockerfile'));
  const stages = new Map();
  let stage = null;
  let workdir = '/';
  for (const { op, args: a } of steps) {
    if (op === 'FROM') {
      const m = /\s+AS\s+(\S+)$/i.exec(a);
      // A stage built FROM an earlier stage starts with its WORKDIR, USER and files.
      const parent = stages.get(a.split(/\s+/)[0]);
      stage = {
        name: m?.[1] ?? `#${stages.size}`,
        user: parent?.user ?? 'root',
        workdir: parent?.workdir ?? '/',
        cmd: null,
        copies: [...(parent?.copies ?? [])],
        runs: [...(parent?.runs ?? [])],
      };
      stages.set(stage.name, stage);
      workdir = stage.workdir;
    } else if (!stage) {
      if (op !== 'ARG') problems.push(`Dockerfile: ${op} before the first FROM`);
    } else if (op === 'WORKDIR') {
      workdir = a;
      stage.workdir = a;
    } else if (op === 'USER') stage.user = a;
    else if (op === 'CMD') stage.cmd = a;
    else if (op === 'RUN') stage.runs.push(a);
    else if (op === 'COPY') {
      const parts = a.split(/\s+/);
      const from = parts.find((p) => p.startsWith('--from='))?.slice('--from='.length);
      const paths = parts.filter((p) => !p.startsWith('--'));
      stage.copies.push({ from, sources: paths.slice(0, -1), dest: paths.at(-1), workdir });
    }
  }
  const final = [...stages.values()].at(-1);
  check(final !== undefined, 'Dockerfile has a final stage');
  if (!final) return;

  for (const s of stages.values()) {
    for (const c of s.copies) {
      for (const src of c.sources) {
        if (!c.from) {
          check(
            existsSync(join(root, src)),
            `COPY ${src} (stage ${s.name}): exists in the repository`,
          );
          continue;
        }
        const origin = stages.get(c.from);
        check(origin !== undefined, `COPY --from=${c.from}: stage ${c.from} is defined`);
        if (!origin) continue;
        const base = (origin.workdir ?? '/').replace(/\/$/, '');
        const rel = src.startsWith(base + '/') ? src.slice(base.length + 1) : null;
        check(
          rel !== null,
          `COPY --from=${c.from} ${src}: lies under that stage's WORKDIR ${base}`,
        );
        if (rel === null) continue;
        const installs = origin.runs.some((r) => /pnpm install/.test(r));
        const ok =
          (rel.split('/').includes('node_modules') && installs) ||
          (builtByWorkspace(rel) && origin.runs.some((r) => /pnpm (run )?build/.test(r))) ||
          (existsSync(join(root, rel)) && origin.copies.some((oc) => oc.sources.includes('.')));
        check(ok, `COPY --from=${c.from} ${src}: exists or is produced in stage ${c.from}`);
      }
    }
  }

  check(
    final.user !== 'root' && final.user !== '0',
    `final stage runs as a non-root user (${final.user})`,
  );
  const spa = final.copies.some((c) => c.sources.some((p) => /apps\/web\/dist$/.test(p)));
  check(spa, 'final stage carries the built SPA (apps/web/dist)');
  check(final.workdir === '/app', 'final stage WORKDIR is /app (the repository root layout)');

  let cmd = null;
  try {
    cmd = JSON.parse(final.cmd ?? 'null');
  } catch {
    cmd = null;
  }
  check(Array.isArray(cmd), 'CMD is in exec (JSON array) form, so signals reach node');
  const start = readmeStart();
  check(start !== null, 'apps/api/README.md names the start command');
  if (Array.isArray(cmd) && start) {
    check(cmd.join(' ') === start, `CMD "${cmd.join(' ')}" is the README's start "${start}"`);
  }
  const runner = existsSync(join(root, 'scripts/run.mjs')) ? read('scripts/run.mjs') : '';
  check(
    runner.includes("'apps/api/dist/server.js'"),
    'npm start (scripts/run.mjs) runs apps/api/dist/server.js',
  );
}

/** The command in the README's "Start command" section: the first `node …` line of its code block. */
function readmeStart() {
  const readme = existsSync(join(root, 'apps/api/README.md')) ? read('apps/api/README.md') : '';
  const section = readme.split(/^## /m).find((s) => s.startsWith('Start command'));
  const m = section && /```[a-z]*\n(node [^\n]+)\n/.exec(section);
  return m ? m[1].trim() : null;
}

// ---- compose ----------------------------------------------------------------------------------
function checkCompose() {
  const compose = parseYaml(read('docker/compose.yaml'));
  const services = compose.services ?? {};
  const names = Object.keys(services);
  check(names.length > 0, 'compose file defines services');
  for (const [name, svc] of Object.entries(services)) {
    if (svc.build) {
      const context = resolve(root, 'docker', svc.build.context ?? '.');
      const dockerfile = join(context, svc.build.dockerfile ?? 'Dockerfile');
      check(existsSync(dockerfile), `${name}: build dockerfile ${svc.build.dockerfile} exists`);
      check(context === root, `${name}: build context is the repository root`);
    }
    const deps = Array.isArray(svc.depends_on) ? svc.depends_on : Object.keys(svc.depends_on ?? {});
    for (const dep of deps) check(names.includes(dep), `${name}: depends_on ${dep} is a service`);
    for (const v of svc.volumes ?? []) {
      const src = String(v).split(':')[0];
      if (src.startsWith('.') || src.startsWith('/')) {
        check(existsSync(resolve(root, 'docker', src)), `${name}: mounted file ${src} exists`);
      } else {
        check(src in (compose.volumes ?? {}), `${name}: named volume ${src} is declared`);
      }
    }
  }
  const designer = services.designer;
  check(designer !== undefined, 'a designer service exists');
  if (!designer) return;
  check(Number(designer.deploy?.replicas) >= 2, 'designer runs at least two replicas');
  const dbUrl = designer.environment?.DATABASE_URL ?? '';
  const dbHost = /@([^:/]+)/.exec(dbUrl)?.[1];
  check(
    dbHost !== undefined && names.includes(dbHost),
    `DATABASE_URL points at a service (${dbHost})`,
  );
  const port = String(designer.environment?.PORT ?? '8080');
  const nginx = read('docker/nginx.conf');
  check(nginx.includes(`server designer:${port}`), `nginx upstream is designer:${port}`);
  const proxy = Object.entries(services).find(([, s]) =>
    (s.volumes ?? []).some((v) => String(v).startsWith('./nginx.conf:')),
  );
  check(proxy !== undefined, 'a proxy service mounts nginx.conf');
  if (proxy) check((proxy[1].ports ?? []).length > 0, `${proxy[0]} publishes a port`);
  check(!('ports' in designer), 'designer replicas publish no port (only the proxy does)');
}

/** `nginx -t` on the config, with the upstream host made resolvable. Skipped without nginx. */
function checkNginx() {
  const bin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  if (!bin) return passed.push('nginx -t skipped: nginx not installed');
  const dir = mkdtempSync(join(tmpdir(), 'apim-nginx-'));
  try {
    const conf = read('docker/nginx.conf').replace(/server designer:/g, 'server 127.0.0.1:');
    writeFileSync(
      join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\naccess_log off;\n` +
        `client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir};\n` +
        `uwsgi_temp_path ${dir}; scgi_temp_path ${dir};\n${conf}\n}\n`,
    );
    const res = spawnSync(bin, ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')], {
      encoding: 'utf8',
    });
    check(
      res.status === 0,
      `nginx -t accepts docker/nginx.conf${res.status === 0 ? '' : `: ${res.stderr}`}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const step of [checkDockerfile, checkCompose, checkNginx]) {
  try {
    step();
  } catch (err) {
    problems.push(`${step.name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
for (const p of passed) console.log(`ok   ${p}`);
for (const p of problems) console.log(`FAIL ${p}`);
console.log(`\n${passed.length} passed, ${problems.length} failed (images are not built here)`);
process.exit(problems.length === 0 ? 0 : 1);
