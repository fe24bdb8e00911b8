#!/usr/bin/env node
/**
 * Import under attack (issue 14, items 1–3): posts zip bombs to POST /api/v1/import on the built
 * server (loopback only) while a prober reads GET /api/v1/health every 20 ms, and prints the
 * health latency (p50, p99, max) and what each bomb was answered. Exits 1 when a bomb is answered
 * anything but 4xx, the legitimate import anything but 200, the server's RSS grows past 1 GB, or
 * (bombs only) /health's p99 is over 100 ms.
 *
 *   node apps/api/scripts/import-attack.mjs [--duration 20] [--attackers 2] [--with-legit] [--no-build]
 *
 * The bombs (default limits: BODY_LIMIT 1 MiB, MAX_NODES 1000 → 2,016 entries):
 *   shared-stream   one deflate stream of ~1 GB of zeros (~1 MB) referenced by 4 entries of 16 bytes
 *   stored-2016     one stored 920 KB entry referenced by 2,016 entries of 1 byte
 *   longer-stream   one entry declaring 16 bytes whose stream inflates to 1 GB
 *   km-998          with --with-legit: a real zip of 998 Key Manager files on one host (with their
 *                   database, MAX_NODES nodes), answered 200 with a 1.6 MB document; its answer is
 *                   built and sent on the event loop, so /health's latency is reported, not judged
 * Every loop is bounded in count and time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { crc32, deflateRawSync } from 'node:zlib';
import { pkg, build, machine, option, start, tempDir } from './lib/server.mjs';

/**
 * An attacker, in a worker thread of its own, so that the prober's clock (on the main thread) is
 * not held up by the attackers' own uploads and parsing: posts the bombs in turn until the
 * deadline and reports every answer.
 */
async function attacker({ url, list, until, offset, max }) {
  const seen = [];
  for (let i = offset; Date.now() < until && seen.length < max; i++) {
    const bomb = list[i % list.length];
    const t = performance.now();
    const res = await fetch(`${url}/api/v1/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/zip' },
      body: bomb.zip,
    });
    const body = await res.json();
    seen.push({
      name: bomb.name,
      status: res.status,
      error: body.error ?? 'ok',
      ms: performance.now() - t,
    });
  }
  return seen;
}
if (!isMainThread) {
  parentPort.postMessage(await attacker(workerData));
  process.exit(0);
}

const duration = Number(option('duration', '20')) * 1000;
const attackers = Number(option('attackers', '2'));
const MAX_REQUESTS = 10_000;

/** One local entry holding `data`, then `count` central-directory records that all point at it. */
function sharedDataZip(data, method, count, declared) {
  const name = (i) => Buffer.from(`e${i}.toml`);
  const first = name(0);
  const local = Buffer.alloc(30 + first.length + data.length);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(first.length, 26);
  first.copy(local, 30);
  data.copy(local, 30 + first.length);
  const records = Array.from({ length: count }, (_, i) => {
    const n = name(i);
    const r = Buffer.alloc(46 + n.length);
    r.writeUInt32LE(0x02014b50, 0);
    r.writeUInt16LE(20, 6);
    r.writeUInt16LE(method, 10);
    r.writeUInt32LE(data.length, 20);
    r.writeUInt32LE(declared, 24);
    r.writeUInt16LE(n.length, 28);
    n.copy(r, 46);
    return r;
  });
  const cd = Buffer.concat(records);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(local.length, 16);
  return Buffer.concat([local, cd, end]);
}

/** A plain zip of many small files (deflated entries, each its own bytes). */
function plainZip(files) {
  const locals = [];
  const records = [];
  let at = 0;
  for (const [path, text] of files) {
    const name = Buffer.from(path);
    const data = deflateRawSync(Buffer.from(text));
    const crc = crc32(Buffer.from(text));
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Buffer.byteLength(text), 22);
    local.writeUInt16LE(name.length, 26);
    name.copy(local, 30);
    const r = Buffer.alloc(46 + name.length);
    r.writeUInt32LE(0x02014b50, 0);
    r.writeUInt16LE(20, 6);
    r.writeUInt16LE(8, 10);
    r.writeUInt32LE(crc, 16);
    r.writeUInt32LE(data.length, 20);
    r.writeUInt32LE(Buffer.byteLength(text), 24);
    r.writeUInt16LE(name.length, 28);
    r.writeUInt32LE(at, 42);
    name.copy(r, 46);
    locals.push(local, data);
    records.push(r);
    at += local.length + data.length;
  }
  const cd = Buffer.concat(records);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(records.length, 8);
  end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(at, 16);
  return Buffer.concat([...locals, cd, end]);
}

function bombs() {
  console.log('import-attack: building the bombs (deflating 1 GB of zeros takes a few seconds)…');
  const gigabyte = deflateRawSync(Buffer.alloc(1024 * 1024 * 1024 - 48 * 1024 * 1024), {
    level: 9,
  });
  const km = readFileSync(
    join(pkg, '../../packages/topology/test/fixtures/doc-002/km.toml'),
    'utf8',
  );
  const kms = Array.from({ length: 998 }, (_, i) => [
    `km${i}.toml`,
    km.replace('offset=0', `offset=${i}`),
  ]);
  return [
    { name: 'shared-stream', zip: sharedDataZip(gigabyte, 8, 4, 16) },
    { name: 'stored-2016', zip: sharedDataZip(Buffer.alloc(920_000, 0x41), 0, 2016, 1) },
    { name: 'longer-stream', zip: sharedDataZip(gigabyte, 8, 1, 16) },
    { name: 'km-998', zip: plainZip(kms) },
  ];
}

const percentile = (sorted, p) =>
  sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

if (!process.argv.includes('--no-build')) build();
const data = tempDir('apim-attack-');
const server = await start({ DATA_DIR: data.dir, WEB_DIST: data.dir, LOG_LEVEL: 'warn' });
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(server.url)) throw new Error(`not loopback: ${server.url}`);
const withLegit = process.argv.includes('--with-legit');
const list = bombs().filter((b) => withLegit || b.name !== 'km-998');
for (const b of list) console.log(`  ${b.name}: ${b.zip.length} bytes`);
console.log(
  `import-attack: ${attackers} attackers for ${duration / 1000} s, /health every 20 ms, ${machine()}`,
);

const rss = async () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
};
const rssBefore = await rss();
let rssPeak = rssBefore;
const until = Date.now() + duration;
const health = [];
const answers = new Map(list.map((b) => [b.name, { count: 0, statuses: new Map(), ms: [] }]));

const probe = (async () => {
  while (Date.now() < until && health.length < MAX_REQUESTS) {
    const t = performance.now();
    const res = await fetch(`${server.url}/api/v1/health`);
    await res.arrayBuffer();
    health.push(performance.now() - t);
    rssPeak = Math.max(rssPeak, await rss());
    await new Promise((r) => setTimeout(r, 20));
  }
})();
const attacks = Array.from(
  { length: attackers },
  (_, a) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { url: server.url, list, until, offset: a, max: MAX_REQUESTS },
      });
      worker.once('message', resolve);
      worker.once('error', reject);
    }),
);
let failed = false;
try {
  const [, ...results] = await Promise.all([probe, ...attacks]);
  for (const r of results.flat()) {
    const seen = answers.get(r.name);
    seen.count++;
    seen.ms.push(r.ms);
    const key = `${r.status} ${r.error}`;
    seen.statuses.set(key, (seen.statuses.get(key) ?? 0) + 1);
  }
} finally {
  await server.stop();
  data.remove();
}
const sorted = [...health].sort((a, b) => a - b);
console.table(
  [...answers].map(([name, a]) => {
    const ms = [...a.ms].sort((x, y) => x - y);
    return {
      bomb: name,
      posted: a.count,
      answers: [...a.statuses].map(([k, n]) => `${n}× ${k}`).join(', '),
      'median ms': Math.round(percentile(ms, 50)),
      'max ms': Math.round(ms[ms.length - 1] ?? 0),
    };
  }),
);
const p99 = percentile(sorted, 99);
console.log(
  `import-attack: /health ${sorted.length} probes: p50 ${percentile(sorted, 50).toFixed(1)} ms, ` +
    `p99 ${p99.toFixed(1)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms; ` +
    `server RSS ${(rssBefore / 1e6).toFixed(0)} MB before, ${(rssPeak / 1e6).toFixed(0)} MB at the peak`,
);
for (const [name, a] of answers) {
  for (const key of a.statuses.keys()) {
    const status = Number(key.split(' ')[0]);
    if (name === 'km-998') failed ||= status !== 200;
    else failed ||= status < 400 || status >= 500;
  }
}
if ((!withLegit && p99 > 100) || rssPeak - rssBefore > 1024 * 1024 * 1024) failed = true;
console.log(failed ? 'import-attack: FAILED' : 'import-attack: OK');
process.exitCode = failed ? 1 : 0;
