/**
 * Issue 14's import bombs, posted to the real route: zips whose central directory lies. Each must
 * be refused with `400 invalid-zip` before anything is inflated or copied, and the server's event
 * loop must keep turning while they are (the work runs in a worker).
 */
import { deflateRawSync } from 'node:zlib';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-support/test-app.js';

/**
 * One local entry holding `data`, then `count` central-directory records that all point at it,
 * each declaring `declared` bytes.
 */
function sharedDataZip(data: Uint8Array, method: 0 | 8, count: number, declared: number) {
  const name = (i: number) => strToU8(`e${i}.toml`);
  const first = name(0);
  const local = Buffer.alloc(30 + first.length + data.length);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(first.length, 26);
  local.set(first, 30);
  local.set(data, 30 + first.length);
  const records = Array.from({ length: count }, (_, i) => {
    const n = name(i);
    const r = Buffer.alloc(46 + n.length);
    r.writeUInt32LE(0x02014b50, 0);
    r.writeUInt16LE(20, 6);
    r.writeUInt16LE(method, 10);
    r.writeUInt32LE(data.length, 20);
    r.writeUInt32LE(declared, 24);
    r.writeUInt16LE(n.length, 28);
    r.set(n, 46);
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

/** The longest the event loop went without turning while `work` ran (sampled every 5 ms). */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    stallMs = Math.max(stallMs, performance.now() - last);
    return { result, stallMs };
  } finally {
    clearInterval(timer);
  }
}

describe('POST /api/v1/import under attack (issue 14)', () => {
  // Default limits: MAX_NODES 1000 → 2,016 entries; BODY_LIMIT 1 MiB.
  const app = useTestApp();
  const postZip = (zip: Buffer) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/import',
      payload: zip,
      headers: { 'content-type': 'application/zip' },
    });

  it('refuses one deflate stream (256 MB of zeros) shared by 4 entries of 16 bytes, without stalling the server', async () => {
    // Before: each entry inflated the whole stream on the event loop (1 GB in all, seconds blocked).
    const stream = deflateRawSync(Buffer.alloc(256 * 1024 * 1024), { level: 9 });
    const bomb = sharedDataZip(stream, 8, 4, 16);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { result: res, stallMs } = await longestStall(async () => {
      const [refused, health] = await Promise.all([
        postZip(bomb),
        app().inject({ method: 'GET', url: '/api/v1/health' }),
      ]);
      expect(health.statusCode).toBe(200);
      return refused;
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'invalid-zip',
      message: 'The body is not a readable zip file: entries "e0.toml" and "e1.toml" share bytes',
    });
    // A generous bound (the budget for /health is 100 ms; the old code stalled for seconds).
    expect(stallMs).toBeLessThan(1000);
  });

  it('refuses one stored 920 KB entry referenced by 2,016 entries of 1 byte, without the memory', async () => {
    // Before: every entry copied the 920 KB (1.85 GB in all; RSS 0.88 → 3.73 GB).
    const bomb = sharedDataZip(Buffer.alloc(920_000, 0x41), 0, 2016, 1);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const res = await postZip(bomb);
    const grown = process.memoryUsage().rss - before;
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/entries "e0\.toml" and "e1\.toml" share bytes/);
    expect(grown).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses an entry whose stream is longer than it declares, stopping at the declared size', async () => {
    const stream = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const res = await postZip(sharedDataZip(stream, 8, 1, 16));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid-zip' });
    expect(res.json().message).toMatch(/e0\.toml: does not inflate to its declared 16 bytes/);
  });
});
