#!/usr/bin/env node
/**
 * Crash burst: a burst of concurrent share creates; SIGKILL the server in the middle of it (after
 * --kill-after acknowledged creates, default 500); start it again; every create that got its 201
 * must read back (same name). Runs on SQLite and then on PostgreSQL (DATABASE_URL, or a throwaway
 * database on the local cluster when run as root; skipped with a note otherwise). Exits 1 on loss.
 *
 *   node apps/api/scripts/crash-burst.mjs [--concurrency 32] [--kill-after 500] [--engine sqlite|postgres|both]
 */
import {
  NO_RATE_LIMIT,
  build,
  example,
  machine,
  option,
  readShare,
  start,
  tempDir,
} from './lib/server.mjs';
import { postgres } from './lib/postgres.mjs';

const concurrency = Number(option('concurrency', '32'));
const killAfter = Number(option('kill-after', '500'));
const engines = option('engine', 'both');

async function burst(engine, env) {
  let server = await start(env);
  const acked = new Map();
  let inFlightLost = 0;
  let killed = false;
  let killedAt = 0;
  const base = example();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let i = 0; !killed; i++) {
        const name = `burst ${w}-${i}`;
        try {
          const res = await fetch(`${server.url}/api/v1/topologies`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ...base, name }),
          });
          if (res.status !== 201) throw new Error(`status ${res.status}`);
          const { id } = await res.json();
          acked.set(id, name);
          if (acked.size >= killAfter && !killed) {
            killed = true;
            killedAt = performance.now() - started;
            await server.kill();
          }
        } catch (err) {
          if (!killed) throw err;
          inFlightLost++;
        }
      }
    }),
  );
  const exit = await server.exited;
  server = await start(env);
  let missing = 0;
  for (const [id, name] of acked) {
    const r = await readShare(server.url, id);
    if (r.status !== 200 || r.body.topology.name !== name) missing++;
  }
  await server.stop();
  console.log(
    `crash-burst ${engine}: ${acked.size} creates acknowledged in ${(killedAt / 1000).toFixed(2)} s, killed (${exit.signal}) with ${inFlightLost} in flight; after restart ${acked.size - missing}/${acked.size} readable, ${missing} lost`,
  );
  return missing;
}

build();
console.log(
  `crash-burst: ${concurrency} concurrent creates, SIGKILL after ${killAfter} acknowledged, ${machine()}`,
);
let lost = 0;
if (engines !== 'postgres') {
  const data = tempDir('apim-crash-');
  try {
    lost += await burst('sqlite', { DATA_DIR: data.dir, WEB_DIST: data.dir, ...NO_RATE_LIMIT });
  } finally {
    data.remove();
  }
}
if (engines !== 'sqlite') {
  const pg = postgres();
  if (!pg)
    console.log(
      'crash-burst postgres: skipped (set DATABASE_URL, or run as root with a local cluster)',
    );
  else {
    const data = tempDir('apim-crash-pg-');
    try {
      lost += await burst('postgres', {
        DATA_DIR: data.dir,
        WEB_DIST: data.dir,
        DATABASE_URL: pg.url,
        ...NO_RATE_LIMIT,
      });
    } finally {
      data.remove();
      pg.drop();
    }
  }
}
console.log(
  lost === 0
    ? 'crash-burst: OK, nothing acknowledged was lost'
    : `crash-burst: FAILED, ${lost} lost`,
);
process.exitCode = lost === 0 ? 0 : 1;
