#!/usr/bin/env node
/* global structuredClone */
// Compares what two builds of the core do with the same documents: `validate`, `render`,
// `previewNode` for every node, `describeConnection` for every edge, `createNode` of every kind,
// `startOrder`, and the import of every rendered bundle's files. Used to show that a refactoring
// changes no output (issue 12).
//
//   node packages/topology/scripts/compare-builds.mjs [--base REV] [--count N] [--seed S]
//
// The base is a git revision (default HEAD); it is compared with the working tree. Both are compiled
// from `packages/topology/src` into `packages/topology/.compare/` (ignored by git), so that they
// resolve zod and smol-toml from this package. Documents: N random ones (most with errors, as the
// property tests draw them) and N mutations of every example (most of them render). Exit 1 on any
// difference, printing the first ones.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(pkg, '../..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const base = opt('base', 'HEAD');
const count = Number(opt('count', '2000'));
const seed = Number(opt('seed', '20261204'));

function build(label, populate) {
  const dir = join(pkg, '.compare', label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  populate(join(dir, 'src'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../../tsconfig.base.json',
      compilerOptions: {
        rootDir: 'src',
        outDir: 'dist',
        types: [],
        declaration: false,
        sourceMap: false,
      },
      include: ['src'],
      exclude: ['src/**/*.test.ts'],
    }),
  );
  execFileSync(join(pkg, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], {
    stdio: 'inherit',
  });
  // tsc may keep the src/ level under dist/ when rootDir is inferred.
  const flat = join(dir, 'dist/index.js');
  return existsSync(flat) ? flat : join(dir, 'dist/src/index.js');
}

const baseEntry = build('base', (src) => {
  const tar = execFileSync('git', ['archive', base, 'packages/topology/src'], {
    cwd: repo,
    maxBuffer: 1 << 28,
  });
  execFileSync('tar', ['-x', '--strip-components=3', '-C', src], { input: tar });
});
const headEntry = build('work', (src) => {
  execFileSync('cp', ['-r', join(pkg, 'src/.'), src]);
});
const A = await import(pathToFileURL(baseEntry).href);
const B = await import(pathToFileURL(headEntry).href);

const HOSTILE = [
  'quote " and \\ backslash',
  'line\nbreak',
  '[server]',
  '$ref{x}',
  'ünïcødé',
  'x'.repeat(300),
];
const text = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 20 }));
const host = fc.constantFrom(
  'a.example.com',
  'b.example.com',
  'localhost',
  '10.0.0.1',
  '::1',
  '',
  'bad host',
  '999.1.1.1',
);

/** Random documents over every kind and version (most have errors). */
const anyTopology = fc
  .record({
    version: fc.constantFrom(...A.APIM_VERSIONS),
    nodes: fc.array(
      fc.record({
        kind: fc.constantFrom(...A.NODE_KINDS),
        name: text,
        host,
        offset: fc.nat({ max: 6 }),
        envName: text,
        fronts: fc.constantFrom(...A.APIM_KINDS),
        engine: fc.constantFrom(...Object.keys(A.DATABASE_ENGINES)),
        sync: fc.constantFrom(undefined, 'database', 'shared-file-system', 'rsync'),
        hazelcast: fc.boolean(),
        labels: fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
    edges: fc.array(fc.tuple(fc.nat({ max: 13 }), fc.nat({ max: 13 })), { maxLength: 30 }),
  })
  .map(({ version, nodes, edges }) => ({
    schemaVersion: 1,
    name: 'generated',
    apimVersion: version,
    nodes: nodes.map((n, i) => {
      const b = { id: `n${i}`, name: n.name.slice(0, 128), host: n.host, kind: n.kind };
      if (n.kind === 'load-balancer')
        return {
          ...b,
          fronts: n.fronts,
          hazelcast: n.hazelcast,
          ...(n.sync ? { artifactSync: n.sync } : {}),
        };
      if (n.kind === 'database') return { ...b, engine: n.engine };
      if (n.kind === 'gateway')
        return {
          ...b,
          offset: n.offset,
          environment: { name: n.envName },
          ...(n.labels ? { gatewayLabels: n.labels } : {}),
        };
      if (n.kind === 'all-in-one')
        return { ...b, offset: n.offset, environment: { name: n.envName } };
      return { ...b, offset: n.offset };
    }),
    edges: edges.map(([a, b]) => ({ source: `n${a}`, target: `n${b}` })),
  }));

const examples = readdirSync(join(repo, 'examples'))
  .filter((f) => f.endsWith('.json') && f !== 'package.json')
  .sort()
  .map((f) => JSON.parse(readFileSync(join(repo, 'examples', f), 'utf8')));

/** An example with a few edits: most still render, some break one rule. */
const mutated = fc
  .record({
    example: fc.nat({ max: examples.length - 1 }),
    version: fc.oneof(
      { weight: 4, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom(...A.APIM_VERSIONS) },
    ),
    drop: fc.array(fc.nat({ max: 80 }), { maxLength: 1 }),
    add: fc.array(fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 40 })), { maxLength: 1 }),
    offsets: fc.array(fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 5 })), { maxLength: 2 }),
    sync: fc.option(fc.constantFrom('database', 'shared-file-system', 'rsync'), { freq: 3 }),
    hazelcast: fc.boolean(),
    cache: fc.boolean(),
    secret: fc.boolean(),
    extra: fc.boolean(),
  })
  .map((m) => {
    const doc = structuredClone(examples[m.example]);
    if (m.version) doc.apimVersion = m.version;
    const n = doc.nodes.length;
    doc.edges = doc.edges.filter((_, i) => !m.drop.includes(i));
    for (const [a, b] of m.add)
      doc.edges.push({ source: doc.nodes[a % n].id, target: doc.nodes[b % n].id });
    for (const [i, o] of m.offsets) if ('offset' in doc.nodes[i % n]) doc.nodes[i % n].offset = o;
    for (const node of doc.nodes) {
      if (node.kind !== 'load-balancer') continue;
      if (m.sync) node.artifactSync = m.sync;
      node.hazelcast = m.hazelcast;
    }
    doc.settings ??= {};
    doc.settings.cacheInvalidation = m.cache;
    if (m.secret)
      doc.settings.superAdmin = { username: 'admin', password: '$secret{admin_password}' };
    if (m.extra) {
      const apim = doc.nodes.find((x) => 'offset' in x);
      if (apim)
        apim.extraConfig = {
          apim: { analytics: { enable: true } },
          server: { force_local_cache: true },
        };
    }
    return doc;
  });

function run(core, input) {
  const parsed = core.parseTopology(input);
  if (!parsed.ok) return { issues: parsed.issues };
  const t = parsed.topology;
  const out = { diagnostics: core.validate(t) };
  const r = core.render(t);
  out.render = r;
  out.previews = t.nodes.map((n) => core.previewNode(t, n.id));
  out.connections = t.edges.slice(0, 20).map((e) => core.describeConnection(t, e.source, e.target));
  out.created = core.NODE_KINDS.map((k) => core.createNode(t, k));
  out.order = core.startOrder(new core.TopologyModel(t)).map((n) => n.id);
  if (r.ok) {
    const files = r.files.filter((f) => f.path.endsWith('.toml'));
    out.imported = core.importConfigs(files);
    out.importedWithVersion = core.importConfigs(files, { apimVersion: t.apimVersion });
  }
  return out;
}

function digest(value) {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

let compared = 0;
let rendered = 0;
const differences = [];
for (const [label, arb] of [
  ['random', anyTopology],
  ['mutated example', mutated],
]) {
  const docs = fc.sample(arb, { numRuns: count, seed });
  for (const doc of docs) {
    const a = run(A, structuredClone(doc));
    const b = run(B, structuredClone(doc));
    compared++;
    if (a.render?.ok) rendered++;
    if (digest(a) !== digest(b)) {
      const keys = Object.keys({ ...a, ...b }).filter((k) => digest(a[k]) !== digest(b[k]));
      differences.push({ label, keys, doc });
    }
  }
}
console.log(
  `compared ${compared} documents (${rendered} of which render) between ${base} and the working tree: ` +
    `${differences.length} differ`,
);
for (const d of differences.slice(0, 5)) {
  console.log(`- ${d.label}: ${d.keys.join(', ')}\n  ${JSON.stringify(d.doc).slice(0, 400)}`);
}
process.exit(differences.length === 0 ? 0 : 1);
