import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, zipBundle } from './zip.js';

const files = [
  { path: 'README.md', contents: '# bundle\n' },
  {
    path: 'km/repository/conf/deployment.toml',
    contents: '[server]\nhostname = "km.example.com"\n'.repeat(50),
  },
  { path: 'ünïcødé/名前.txt', contents: 'ok\n' },
  { path: 'empty', contents: '' },
];

/** Python's zipfile: an independent reader, with its own CRC check (testzip). */
function pythonReads(zip: Uint8Array): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'apim-zip-'));
  try {
    writeFileSync(join(dir, 'b.zip'), zip);
    const script =
      'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n' +
      'print(json.dumps({i.filename: z.read(i).decode("utf-8") for i in z.infolist()}))';
    return JSON.parse(
      execFileSync('python3', ['-c', script, join(dir, 'b.zip')], { encoding: 'utf8' }),
    ) as Record<string, string>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('zipBundle', () => {
  const expected = Object.fromEntries(files.map((f) => [f.path, f.contents]));

  it.each([
    ['fflate (the default, also in the browser)', undefined],
    ['node:zlib', (d: Uint8Array) => new Uint8Array(deflateRawSync(d))],
  ])(
    'writes a zip that fflate and Python both read back exactly, with %s',
    (_label, deflateRaw) => {
      const zip = zipBundle(files, deflateRaw ? { deflateRaw, crc32: zlibCrc32 } : {});
      const viaFflate = Object.fromEntries(
        Object.entries(unzipSync(zip)).map(([k, v]) => [k, strFromU8(v)]),
      );
      expect(viaFflate).toEqual(expected);
      expect(pythonReads(zip)).toEqual(expected);
    },
  );

  it('is deterministic: same files, same bytes; entries dated 1980-01-01', () => {
    const a = zipBundle(files);
    expect(Buffer.from(a).equals(Buffer.from(zipBundle(structuredClone(files))))).toBe(true);
    const view = new DataView(a.buffer);
    expect(view.getUint16(10, true)).toBe(0); // time
    expect(view.getUint16(12, true)).toBe(33); // 1980-01-01
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    const text = new TextEncoder().encode('the same as zlib’s '.repeat(99));
    expect(crc32(text)).toBe(zlibCrc32(text));
  });
});
