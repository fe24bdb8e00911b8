import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip, type ReadZipOptions } from './unzip.js';
import { zipBundle } from './zip.js';

/** What the server passes: zlib, stopping at the declared size. */
function options(over: Partial<ReadZipOptions> = {}) {
  let inflated = 0;
  let calls = 0;
  const opts: ReadZipOptions = {
    maxEntries: 100,
    maxUnpackedBytes: 1_000_000,
    inflateRaw: (data, max) => {
      calls += 1;
      const out = inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
      inflated += out.length;
      return out;
    },
    crc32: (d) => zlibCrc32(d),
    ...over,
  };
  return { opts, work: () => ({ calls, inflated }) };
}

/**
 * A zip by hand: one local header and its data, then `count` central-directory records that all
 * point at it (offset 0), each declaring `declared` bytes: the shape of the bombs.
 */
function sharedDataZip(
  data: Uint8Array,
  method: 0 | 8,
  count: number,
  declared: number,
): Uint8Array {
  const name = (i: number) => strToU8(`e${i}.toml`);
  const local = new Uint8Array(30 + name(0).length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, method, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, declared, true);
  lv.setUint16(26, name(0).length, true);
  local.set(name(0), 30);
  local.set(data, 30 + name(0).length);
  const records = Array.from({ length: count }, (_, i) => {
    const n = name(i);
    const r = new Uint8Array(46 + n.length);
    const v = new DataView(r.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(6, 20, true);
    v.setUint16(10, method, true);
    v.setUint32(20, data.length, true);
    v.setUint32(24, declared, true);
    v.setUint16(28, n.length, true);
    v.setUint32(42, 0, true);
    r.set(n, 46);
    return r;
  });
  const cdSize = records.reduce((s, r) => s + r.length, 0);
  const out = new Uint8Array(local.length + cdSize + 22);
  out.set(local, 0);
  let at = local.length;
  for (const r of records) {
    out.set(r, at);
    at += r.length;
  }
  const ev = new DataView(out.buffer);
  ev.setUint32(at, 0x06054b50, true);
  ev.setUint16(at + 8, count, true);
  ev.setUint16(at + 10, count, true);
  ev.setUint32(at + 12, cdSize, true);
  ev.setUint32(at + 16, local.length, true);
  return out;
}

const text = (d: Uint8Array) => new TextDecoder().decode(d);

describe('readZip', () => {
  it('reads what zipBundle and fflate write, and only the selected entries', () => {
    const files = [
      { path: 'km/repository/conf/deployment.toml', contents: '[server]\nhostname = "km"\n' },
      { path: 'README.md', contents: '# hi\n'.repeat(100) },
    ];
    const { opts } = options({ select: (p) => p.endsWith('.toml') });
    const ours = readZip(zipBundle(files), opts);
    expect(ours.ok && ours.files.map((f) => [f.path, text(f.data)])).toEqual([
      [files[0]?.path, files[0]?.contents],
    ]);
    const theirs = readZip(
      zipSync({ 'a/': new Uint8Array(0), 'a/b.toml': strToU8('x = 1') }),
      opts,
    );
    expect(theirs.ok && theirs.files.map((f) => [f.path, text(f.data)])).toEqual([
      ['a/b.toml', 'x = 1'],
    ]);
  });

  it("refuses entries that share bytes (issue 14's bomb: one stream, many entries) without inflating", () => {
    // A deflate stream of 64 MB of zeros (64 KB compressed), referenced by 4 entries of 16 bytes.
    const stream = deflateRawSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    const { opts, work } = options();
    const res = readZip(sharedDataZip(stream, 8, 4, 16), opts);
    expect(res).toEqual({
      ok: false,
      problem: { kind: 'invalid', message: 'entries "e0.toml" and "e1.toml" share bytes' },
    });
    expect(work()).toEqual({ calls: 0, inflated: 0 });
  });

  it('refuses one stored entry referenced 2,016 times (the memory amplification)', () => {
    const { opts, work } = options({ maxEntries: 2016 });
    const res = readZip(sharedDataZip(new Uint8Array(920_000).fill(0x41), 0, 2016, 1), opts);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.problem).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/share bytes/),
    });
    expect(work().calls).toBe(0);
  });

  it('stops inflating at the declared size and fails when the stream is longer', () => {
    const stream = deflateRawSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    const { opts, work } = options();
    const res = readZip(sharedDataZip(stream, 8, 1, 16), opts);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.problem).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/^e0\.toml: does not inflate to its declared 16 bytes/),
    });
    expect(work().inflated).toBe(0);
  });

  it('fails an entry that inflates to less than it declares, or whose checksum is wrong', () => {
    const short = readZip(sharedDataZip(deflateRawSync(strToU8('abc')), 8, 1, 10), options().opts);
    expect(!short.ok && short.problem).toMatchObject({
      message: 'e0.toml: inflates to 3 bytes, not the 10 it declares',
    });
    const zip = zipSync({ 'a.toml': strToU8('x = 1') });
    const view = new DataView(zip.buffer);
    const cd = view.getUint32(zip.length - 6, true);
    view.setUint32(cd + 16, view.getUint32(cd + 16, true) ^ 1, true);
    const bad = readZip(zip, options().opts);
    expect(!bad.ok && bad.problem).toMatchObject({
      message: 'a.toml: its checksum does not match',
    });
  });

  it('caps the entries and the declared total before inflating anything', () => {
    const many = zipSync(
      Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`${i}.toml`, strToU8('')])),
    );
    expect(readZip(many, options({ maxEntries: 10 }).opts)).toEqual({
      ok: false,
      problem: { kind: 'too-many-entries', limit: 10 },
    });
    const { opts, work } = options({ maxUnpackedBytes: 1000 });
    const big = zipSync({ 'a.toml': new Uint8Array(600), 'b.toml': new Uint8Array(600) });
    expect(readZip(big, opts)).toEqual({ ok: false, problem: { kind: 'too-large', limit: 1000 } });
    expect(work().calls).toBe(0);
  });

  it('names unsafe entry names (zip slip) and reads nothing', () => {
    const { opts, work } = options();
    const res = readZip(
      zipSync({ '../../etc/x.toml': strToU8('x'), 'ok.toml': strToU8('y') }),
      opts,
    );
    expect(res).toEqual({
      ok: false,
      problem: { kind: 'unsafe-names', names: ['../../etc/x.toml'] },
    });
    expect(work().calls).toBe(0);
  });

  it('says what is wrong with bytes that are not a zip, never throwing', () => {
    for (const bytes of [
      strToU8('PK not really'),
      new Uint8Array(0),
      new Uint8Array(100).fill(0x50),
    ]) {
      const res = readZip(bytes, options().opts);
      expect(res.ok).toBe(false);
      expect(!res.ok && res.problem.kind).toBe('invalid');
    }
    const zip = zipSync({ 'a.toml': strToU8('x = 1'.repeat(50)) });
    for (let cut = 1; cut < zip.length; cut += 7) {
      const res = readZip(zip.subarray(0, cut), options().opts);
      expect(res.ok, `cut at ${cut}`).toBe(false);
    }
  });
});
