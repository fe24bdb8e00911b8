#!/usr/bin/env node
/**
 * Limits probe: how fast a 10,000-node document is refused and what it costs the heap. In process
 * (the built app, `app.inject()`, default limits): 20 rounds of a 10,000-node document of real
 * nodes (over BODY_LIMIT: 413 before parsing) and one of small nodes (within BODY_LIMIT: 400 on the
 * node count, no node validated); prints the times and heapUsed before, at the peak and after (GC).
 *
 *   node apps/api/scripts/limits-probe.mjs
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, example, machine, pkg, tempDir } from './lib/server.mjs';

if (typeof globalThis.gc !== 'function') {
  // Re-run with the collector exposed, so "after" is what is retained, not garbage.
  execFileSync(process.execPath, ['--expose-gc', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(0);
}

build();
const { buildApp } = await import(pathToFileURL(join(pkg, 'dist/app.js')).href);
const { loadConfig } = await import(pathToFileURL(join(pkg, 'dist/env.js')).href);
const data = tempDir('apim-limits-');
const config = loadConfig({ DATA_DIR: data.dir, WEB_DIST: data.dir, LOG_LEVEL: 'silent' });
const app = await buildApp({ config });

const doc = example();
const gateway = doc.nodes.find((n) => n.kind === 'gateway');
const real = JSON.stringify({
  ...doc,
  nodes: Array.from({ length: 10_000 }, (_, i) => ({ ...gateway, id: `n${i}`, name: `n${i}` })),
  edges: [],
});
const small = JSON.stringify({
  ...doc,
  nodes: Array.from({ length: 10_000 }, (_, i) => ({
    id: `${i}`,
    kind: 'gateway',
    name: '',
    host: 'h',
  })),
  edges: [],
});
const post = (payload) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/validate',
    payload,
    headers: { 'content-type': 'application/json' },
  });

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (let i = 0; i < 3; i++) await post(JSON.stringify(doc)); // warm-up
globalThis.gc();
const before = process.memoryUsage().heapUsed;
let peak = before;
const times = { real: [], small: [] };
const statuses = new Set();
for (let round = 0; round < 20; round++) {
  for (const [kind, payload] of [
    ['real', real],
    ['small', small],
  ]) {
    const t = performance.now();
    const res = await post(payload);
    times[kind].push(performance.now() - t);
    statuses.add(`${kind}: ${res.statusCode} ${res.json().issues?.[0]?.message ?? ''}`);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
}
globalThis.gc();
const after = process.memoryUsage().heapUsed;
await app.close();
data.remove();

console.log(
  `limits-probe: default limits (BODY_LIMIT ${config.bodyLimit}, MAX_NODES ${config.maxNodes}), ${machine()}`,
);
console.log(
  `  real nodes:  ${mb(Buffer.byteLength(real))} body, median ${median(times.real).toFixed(1)} ms, max ${Math.max(...times.real).toFixed(1)} ms`,
);
console.log(
  `  small nodes: ${mb(Buffer.byteLength(small))} body, median ${median(times.small).toFixed(1)} ms, max ${Math.max(...times.small).toFixed(1)} ms`,
);
console.log(`  answers: ${[...statuses].join('; ')}`);
console.log(
  `  heapUsed: before ${mb(before)}, peak ${mb(peak)}, after GC ${mb(after)} (retained ${mb(after - before)})`,
);
