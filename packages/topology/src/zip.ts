/**
 * The bundle as a zip: a small writer of the ZIP format (local headers, data, central directory),
 * deterministic (fixed timestamps, the files' own order). Compression is raw DEFLATE through an
 * injectable function: fflate's by default, pure JavaScript, which runs in the browser; Node callers
 * pass `zlib.deflateRawSync` at level 1, about three times faster (docs/performance.md).
 */
import { deflateSync, strToU8 } from 'fflate';
import type { BundleFile } from './render/bundle-file.js';

/** Raw DEFLATE (RFC 1951, no zlib or gzip header). */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

export interface ZipOptions {
  readonly deflateRaw?: DeflateRaw;
  /** CRC-32 (IEEE); Node callers pass `zlib.crc32`. */
  readonly crc32?: (data: Uint8Array) => number;
}

export function isSafeBundlePath(path: string): boolean {
  if (path === '' || path.length > 255) return false;
  if (path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(path)) return false;
  return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++)
    crc = (CRC_TABLE[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** 1980-01-01 00:00, the earliest MS-DOS date a zip entry can carry: the bundle's age is not content. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
/** Bit 11: names are UTF-8. */
const FLAGS = 0x0800;
const DEFLATE = 8;

const defaultDeflate: DeflateRaw = (data) => deflateSync(data, { level: 6 });

export function zipBundle(files: readonly BundleFile[], options: ZipOptions = {}): Uint8Array {
  const deflate = options.deflateRaw ?? defaultDeflate;
  const checksum = options.crc32 ?? crc32;
  const seen = new Set<string>();
  const entries = files.map((f) => {
    if (!isSafeBundlePath(f.path))
      throw new Error(`refusing unsafe bundle path: ${JSON.stringify(f.path)}`);
    if (seen.has(f.path)) throw new Error(`two files share the path ${f.path}`);
    seen.add(f.path);
    const name = strToU8(f.path);
    const raw = strToU8(f.contents);
    return { name, raw, data: deflate(raw), crc: checksum(raw) >>> 0 };
  });

  const localSize = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v >>> 0, true);
    at += 4;
  };
  const bytes = (b: Uint8Array) => {
    out.set(b, at);
    at += b.length;
  };

  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(at);
    u32(0x04034b50);
    u16(20);
    u16(FLAGS);
    u16(DEFLATE);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.data.length);
    u32(e.raw.length);
    u16(e.name.length);
    u16(0);
    bytes(e.name);
    bytes(e.data);
  }
  const centralStart = at;
  entries.forEach((e, i) => {
    u32(0x02014b50);
    u16(20);
    u16(20);
    u16(FLAGS);
    u16(DEFLATE);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.data.length);
    u32(e.raw.length);
    u16(e.name.length);
    u16(0);
    u16(0);
    u16(0);
    u16(0);
    u32(0);
    u32(offsets[i] ?? 0);
    bytes(e.name);
  });
  const centralLength = at - centralStart;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(centralLength);
  u32(centralStart);
  u16(0);
  return out;
}
