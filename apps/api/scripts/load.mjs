#!/usr/bin/env node
/**
 * Load: holds /api/v1/render, /api/v1/bundle, share create and share read at 50 connections for
 * --duration seconds each (default 30) against the built server on a free loopback port (SQLite in
 * a temp DATA_DIR, RATE_LIMIT_MAX raised so share creation measures the server, not the limiter).
 * Prints requests/s and p99 per endpoint, and the SQLite WAL's size after the share creates;
 * exits 1 on any error, timeout, non-2xx or 5xx, or a WAL over 64 MB (issue 14: it reached 320 MB).
 *
 *   node apps/api/scripts/load.mjs [--duration 30] [--connections 50]
 */
import autocannon from 'autocannon';
import {
  NO_RATE_LIMIT,
  WAL_LIMIT,
  build,
  mb,
  createShare,
  example,
  machine,
  option,
  start,
  tempDir,
  walBytes,
} from './lib/server.mjs';

const duration = Number(option('duration', '30'));
const connections = Number(option('connections', '50'));

build();
const data = tempDir('apim-load-');
const server = await start({ DATA_DIR: data.dir, WEB_DIST: data.dir, ...NO_RATE_LIMIT });
const json = { 'content-type': 'application/json' };
const body = JSON.stringify(example());

const reads = await Promise.all(
  Array.from({ length: 200 }, () => createShare(server.url, example())),
);
const ids = reads.map((r) => r.id);
let next = 0;

const endpoints = [
  {
    name: 'POST /api/v1/render',
    requests: [{ method: 'POST', path: '/api/v1/render', headers: json, body }],
  },
  {
    name: 'POST /api/v1/bundle',
    requests: [{ method: 'POST', path: '/api/v1/bundle', headers: json, body }],
  },
  {
    name: 'POST /api/v1/topologies',
    requests: [{ method: 'POST', path: '/api/v1/topologies', headers: json, body }],
  },
  {
    name: 'GET /api/v1/topologies/:id',
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: `/api/v1/topologies/${ids[next++ % ids.length]}` }),
      },
    ],
  },
];

console.log(`load: ${connections} connections, ${duration} s per endpoint, ${machine()}`);
const rows = [];
let failed = false;
let wal = 0;
try {
  for (const endpoint of endpoints) {
    const r = await autocannon({
      url: server.url,
      connections,
      duration,
      requests: endpoint.requests,
    });
    const bad = r.errors + r.timeouts + r.non2xx + r['5xx'];
    failed ||= bad > 0;
    if (endpoint.name === 'POST /api/v1/topologies') {
      wal = walBytes(data.dir);
      failed ||= wal > WAL_LIMIT;
    }
    rows.push({
      endpoint: endpoint.name,
      'requests/s': Math.round(r.requests.average),
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
      requests: r.requests.total,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      '5xx': r['5xx'],
    });
  }
} finally {
  await server.stop();
  data.remove();
}
console.table(rows);
console.log(`load: SQLite WAL after the share creates: ${mb(wal)} (bound ${mb(WAL_LIMIT)})`);
if (failed) {
  console.error('load: FAILED (errors, timeouts, non-2xx or 5xx above, or the WAL over its bound)');
  process.exit(1);
}
console.log('load: OK, zero errors and zero 5xx');
