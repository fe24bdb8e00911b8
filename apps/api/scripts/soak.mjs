#!/usr/bin/env node
/**
 * Soak: --count share creates (default 5,000) with reads of earlier links interleaved, then a
 * restart of the server (SIGTERM, start again on the same DATA_DIR or DATABASE_URL): every created
 * link must read back byte-identical (the JSON of its topology, as first read). On SQLite the WAL
 * must stay under 64 MB through the creates (measured before the restart: a clean stop checkpoints
 * it). Exits 1 otherwise.
 *
 *   node apps/api/scripts/soak.mjs [--count 5000] [--concurrency 16]
 *   node apps/api/scripts/soak.mjs --engine postgres   # DATABASE_URL, or a throwaway database
 */
import {
  NO_RATE_LIMIT,
  WAL_LIMIT,
  build,
  mb,
  createShare,
  example,
  machine,
  option,
  readShare,
  start,
  tempDir,
  walBytes,
} from './lib/server.mjs';
import { postgres } from './lib/postgres.mjs';

const count = Number(option('count', '5000'));
const concurrency = Number(option('concurrency', '16'));

build();
const data = tempDir('apim-soak-');
const env = { DATA_DIR: data.dir, WEB_DIST: data.dir, ...NO_RATE_LIMIT };
const pg = option('engine', 'sqlite') === 'postgres' ? postgres() : undefined;
if (option('engine', 'sqlite') === 'postgres' && !pg) {
  console.error('soak: --engine postgres needs DATABASE_URL, or root with a local cluster');
  process.exit(2);
}
if (pg) env.DATABASE_URL = pg.url;
let server = await start(env);
const engine = (await (await fetch(`${server.url}/api/v1/health`)).json()).store;
console.log(`soak: ${count} creates on ${engine}, ${concurrency} at a time, ${machine()}`);

const expected = new Map();
const base = example();
let issued = 0;
let reads = 0;
let mismatches = 0;
const started = performance.now();
try {
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued < count) {
        const n = issued++;
        const doc = {
          ...base,
          name: `soak ${n}`,
          nodes: base.nodes.map((node, i) => ({ ...node, position: { x: n, y: i } })),
        };
        const { id } = await createShare(server.url, doc);
        const first = await readShare(server.url, id);
        if (first.status !== 200) throw new Error(`fresh link ${id} answered ${first.status}`);
        expected.set(id, JSON.stringify(first.body.topology));
        // Interleaved: read back an earlier link.
        const ids = [...expected.keys()];
        const earlier = ids[Math.floor(Math.random() * ids.length)];
        const again = await readShare(server.url, earlier);
        reads += 2;
        if (again.status !== 200 || JSON.stringify(again.body.topology) !== expected.get(earlier))
          mismatches++;
      }
    }),
  );
  const createSeconds = (performance.now() - started) / 1000;
  console.log(
    `soak: ${expected.size} created, ${reads} reads interleaved, ${mismatches} mismatches, ${createSeconds.toFixed(1)} s`,
  );
  if (engine === 'sqlite') {
    const wal = walBytes(data.dir);
    console.log(`soak: SQLite WAL before the restart: ${mb(wal)} (bound ${mb(WAL_LIMIT)})`);
    if (wal > WAL_LIMIT) process.exitCode = 1;
  }

  const stopped = await server.stop();
  if (stopped.code !== 0)
    throw new Error(`server did not stop cleanly: ${JSON.stringify(stopped)}`);
  server = await start(env);
  const after = performance.now();
  let missing = 0;
  let differ = 0;
  const ids = [...expected.keys()];
  let i = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (i < ids.length) {
        const id = ids[i++];
        const r = await readShare(server.url, id);
        if (r.status !== 200) missing++;
        else if (JSON.stringify(r.body.topology) !== expected.get(id)) differ++;
      }
    }),
  );
  console.log(
    `soak: after the restart ${ids.length - missing - differ}/${ids.length} identical, ${missing} missing, ${differ} different (${((performance.now() - after) / 1000).toFixed(1)} s)`,
  );
  if (missing + differ + mismatches > 0 || expected.size !== count) process.exitCode = 1;
} finally {
  await server.stop();
  data.remove();
  pg?.drop();
}
console.log(process.exitCode ? 'soak: FAILED' : 'soak: OK');
