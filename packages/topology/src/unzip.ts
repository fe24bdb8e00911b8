/**
 * Reading a zip that someone else made, counting what it really costs. A zip's central directory
 * can lie: many entries may point at the same bytes (one 1 MB deflate stream of a gigabyte of
 * zeros, referenced 2,000 times), and an entry may declare 16 bytes and inflate to a gigabyte. So:
 * every entry's data range is checked against the others (overlaps are refused), the declared
 * sizes are capped before anything is inflated, and inflating stops at the declared size and fails
 * when the stream is longer. Pure: the caller injects raw DEFLATE (Node passes zlib, with a
 * `maxOutputLength`) and optionally CRC-32.
 */
import { strFromU8 } from 'fflate';
import { isSafeBundlePath } from './zip.js';

export interface ZipLimits {
  /** Records in the central directory (files and folders). */
  readonly maxEntries: number;
  /** Bytes the selected entries inflate to, in total. */
  readonly maxUnpackedBytes: number;
}

export interface ReadZipOptions extends ZipLimits {
  /**
   * Raw DEFLATE (RFC 1951) of `data`, producing at most `maxLength` bytes: past that it must throw
   * (zlib's `maxOutputLength` does) rather than keep inflating.
   */
  readonly inflateRaw: (data: Uint8Array, maxLength: number) => Uint8Array;
  /** CRC-32 (IEEE) to check each entry against its declared checksum. */
  readonly crc32?: (data: Uint8Array) => number;
  /** The entries to unpack; the others are checked (name, range) but never inflated. */
  readonly select?: (path: string) => boolean;
}

export interface ZipEntryData {
  readonly path: string;
  readonly data: Uint8Array;
}

export type ZipProblem =
  | { readonly kind: 'invalid'; readonly message: string }
  | { readonly kind: 'unsafe-names'; readonly names: readonly string[] }
  | { readonly kind: 'too-many-entries'; readonly limit: number }
  | { readonly kind: 'too-large'; readonly limit: number };

export type ReadZipResult =
  | { readonly ok: true; readonly files: readonly ZipEntryData[] }
  | { readonly ok: false; readonly problem: ZipProblem };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;

interface Entry {
  readonly path: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly local: number;
  /** Where the data starts and ends (from the local header). */
  start: number;
  end: number;
}

class ZipError extends Error {}
/** A cap was passed: reported as such, not as a damaged zip. */
class LimitError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}
const invalid = (message: string): never => {
  throw new ZipError(message);
};

function endOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (
      view.getUint32(at, true) === EOCD &&
      at + 22 + view.getUint16(at + 20, true) <= view.byteLength
    )
      return at;
  }
  return invalid('no end-of-central-directory record: not a zip file');
}

/** Sizes and offset that are 0xFFFFFFFF come from the ZIP64 extra field, in this order. */
function zip64(
  view: DataView,
  extraStart: number,
  extraEnd: number,
  wanted: { size: boolean; compressed: boolean; local: boolean },
): { size?: number; compressed?: number; local?: number } {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      const out: { size?: number; compressed?: number; local?: number } = {};
      let p = at + 4;
      const next = () => {
        if (p + 8 > at + 4 + length) return invalid('a ZIP64 extra field is too short');
        const value = Number(view.getBigUint64(p, true));
        p += 8;
        return value;
      };
      if (wanted.size) out.size = next();
      if (wanted.compressed) out.compressed = next();
      if (wanted.local) out.local = next();
      return out;
    }
    at += 4 + length;
  }
  return invalid('an entry says its sizes are in a ZIP64 field, and it has none');
}

function centralDirectory(view: DataView, limits: ZipLimits): Entry[] {
  const eocd = endOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0)
    invalid('a zip split over several disks is not read');
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    invalid('a ZIP64 archive is not read (an import is far below its 4 GB threshold)');
  if (count > limits.maxEntries)
    throw new LimitError({ kind: 'too-many-entries', limit: limits.maxEntries });
  if (cdOffset + cdSize > eocd) invalid('the central directory runs past its end record');

  const entries: Entry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cdOffset + cdSize || view.getUint32(at, true) !== CENTRAL)
      invalid(`central directory record ${i + 1} of ${count} is missing or damaged`);
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > cdOffset + cdSize)
      invalid(`central directory record ${i + 1} runs past the directory`);
    const nameBytes = new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength);
    let compressed = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    let local = view.getUint32(at + 42, true);
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
      const extraStart = at + 46 + nameLength;
      const big = zip64(view, extraStart, extraStart + extraLength, {
        size: size === 0xffffffff,
        compressed: compressed === 0xffffffff,
        local: local === 0xffffffff,
      });
      size = big.size ?? size;
      compressed = big.compressed ?? compressed;
      local = big.local ?? local;
    }
    entries.push({
      // Bit 11: the name is UTF-8; otherwise it is read byte for byte.
      path: strFromU8(nameBytes, (flags & 0x0800) === 0),
      method: view.getUint16(at + 10, true),
      flags,
      crc: view.getUint32(at + 16, true),
      compressed,
      size,
      local,
      start: 0,
      end: 0,
    });
    at = next;
  }
  // Each entry's bytes: its local header and data, all before the central directory.
  for (const e of entries) {
    if (e.local + 30 > cdOffset || view.getUint32(e.local, true) !== LOCAL)
      invalid(`${e.path}: no local header where the directory says`);
    e.start =
      e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
    e.end = e.start + e.compressed;
    if (e.end > cdOffset)
      invalid(`${e.path}: its data runs past the start of the central directory`);
  }
  // A zip bomb's trick: several entries reading the same bytes. Every range must stand alone.
  const byStart = [...entries].sort((a, b) => a.local - b.local);
  for (let i = 1; i < byStart.length; i++) {
    const a = byStart[i - 1];
    const b = byStart[i];
    if (a && b && b.local < a.end)
      invalid(`entries ${JSON.stringify(a.path)} and ${JSON.stringify(b.path)} share bytes`);
  }
  return entries;
}

function unpack(bytes: Uint8Array, e: Entry, options: ReadZipOptions): Uint8Array {
  if (e.flags & 0x0001) invalid(`${e.path}: encrypted entries are not read`);
  const data = bytes.subarray(e.start, e.end);
  let out: Uint8Array;
  if (e.method === 0) {
    if (e.compressed !== e.size) invalid(`${e.path}: a stored entry whose sizes differ`);
    out = data;
  } else if (e.method === 8) {
    try {
      out = options.inflateRaw(data, e.size);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      return invalid(`${e.path}: does not inflate to its declared ${e.size} bytes (${why})`);
    }
  } else
    return invalid(
      `${e.path}: compression method ${e.method} is not read (only stored and deflate)`,
    );
  if (out.length !== e.size)
    invalid(`${e.path}: inflates to ${out.length} bytes, not the ${e.size} it declares`);
  if (options.crc32 && options.crc32(out) >>> 0 !== e.crc >>> 0)
    invalid(`${e.path}: its checksum does not match`);
  return out;
}

/** The selected entries of a zip, or what is wrong with it. Never throws. */
export function readZip(bytes: Uint8Array, options: ReadZipOptions): ReadZipResult {
  try {
    if (bytes.length < 22) invalid('too short to be a zip file');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries = centralDirectory(view, options);
    const unsafe = entries
      .map((e) => e.path)
      .filter((p) => !isSafeBundlePath(p.endsWith('/') ? p.slice(0, -1) : p));
    if (unsafe.length > 0) return { ok: false, problem: { kind: 'unsafe-names', names: unsafe } };

    const select = options.select ?? (() => true);
    const wanted = entries.filter((e) => !e.path.endsWith('/') && select(e.path));
    const seen = new Set<string>();
    let declared = 0;
    for (const e of wanted) {
      if (seen.has(e.path)) invalid(`two entries are named ${JSON.stringify(e.path)}`);
      seen.add(e.path);
      declared += e.size;
      if (declared > options.maxUnpackedBytes)
        return { ok: false, problem: { kind: 'too-large', limit: options.maxUnpackedBytes } };
    }
    return {
      ok: true,
      files: wanted.map((e) => ({ path: e.path, data: unpack(bytes, e, options) })),
    };
  } catch (err) {
    if (err instanceof LimitError) return { ok: false, problem: err.problem };
    if (err instanceof ZipError)
      return { ok: false, problem: { kind: 'invalid', message: err.message } };
    // A DataView read past the end: the records lie about where things are.
    if (err instanceof RangeError)
      return {
        ok: false,
        problem: { kind: 'invalid', message: 'a record points outside the file' },
      };
    throw err;
  }
}
