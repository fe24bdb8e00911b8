#!/usr/bin/env node
/**
 * Share-link timing: does a PUT/DELETE to a missing id answer measurably faster or slower than one
 * with a wrong token on an existing id? (Both do one read, one sha-256 and one constant-time
 * compare: share-service.test.ts checks that structurally.) Alternates the two, --count each
 * (default 2000), sequentially over keep-alive, and prints the medians. Informational: exit 0.
 *
 *   node apps/api/scripts/share-timing.mjs [--count 2000]
 */
import { build, createShare, example, machine, option, start, tempDir } from './lib/server.mjs';

const count = Number(option('count', '2000'));
build();
const data = tempDir('apim-timing-');
const server = await start({ DATA_DIR: data.dir, WEB_DIST: data.dir });
const { id } = await createShare(server.url, example());
const missing = 'AAAAAAAAAAAAAAAAAAAAAA';
const body = JSON.stringify(example());

async function time(method, target) {
  const headers = {
    authorization: 'Bearer wrong-token-wrong-token-wrong-token-wro',
    'if-match': '"1"',
  };
  if (method === 'PUT') headers['content-type'] = 'application/json';
  const t = performance.now();
  const res = await fetch(`${server.url}/api/v1/topologies/${target}`, {
    method,
    headers,
    body: method === 'PUT' ? body : undefined,
  });
  await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

console.log(`share-timing: ${count} requests per case, alternating, ${machine()}`);
try {
  for (const method of ['DELETE', 'PUT']) {
    for (let i = 0; i < 100; i++) await time(method, i % 2 ? id : missing); // warm-up
    const wrong = [];
    const absent = [];
    const statuses = new Set();
    for (let i = 0; i < count; i++) {
      const a = await time(method, id);
      const b = await time(method, missing);
      wrong.push(a.ms);
      absent.push(b.ms);
      statuses.add(`${a.status}/${b.status}`);
    }
    const mw = median(wrong);
    const ma = median(absent);
    console.log(
      `${method.padEnd(6)} wrong token: median ${(mw * 1000).toFixed(0)} µs; missing id: median ${(ma * 1000).toFixed(0)} µs; difference ${((ma - mw) * 1000).toFixed(0)} µs (statuses ${[...statuses].join(', ')})`,
    );
  }
} finally {
  await server.stop();
  data.remove();
}
