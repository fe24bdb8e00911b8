/**
 * The files an import reads: deployment.toml files as given, or the entries of a zip (loose
 * deployment.toml files or a bundle this tool made). Zip entry names must be safe relative paths.
 */
import { readFile } from 'node:fs/promises';
import { crc32, inflateRawSync } from 'node:zlib';
import { LIMITS, readZip } from '@apim-designer/topology';
import { InputError } from './document.js';

/** As many files as the largest topology has nodes and balancers, and 64 MiB unpacked. */
const ZIP_LIMITS = { maxEntries: 2 * LIMITS.nodes + 16, maxUnpackedBytes: 64 * 1024 * 1024 };

export interface InputFile {
  readonly path: string;
  readonly contents: string;
}

const utf8 = new TextDecoder('utf-8');
const importable = (path: string) => /\.toml$/i.test(path) || /(^|\/)topology\.json$/i.test(path);

async function bytesOf(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : '';
    if (code === 'ENOENT') throw new InputError(`${file}: no such file`);
    throw new InputError(`${file}: cannot be read (${code || String(e)})`);
  }
}

/**
 * The zip's importable entries, read by the core's `readZip` with the server's protections
 * (overlapping entries refused, declared sizes capped, inflating stopped at the declared size).
 */
function unzip(file: string, bytes: Uint8Array): InputFile[] {
  const read = readZip(bytes, {
    maxEntries: ZIP_LIMITS.maxEntries,
    maxUnpackedBytes: ZIP_LIMITS.maxUnpackedBytes,
    inflateRaw: (data, max) => inflateRawSync(data, { maxOutputLength: Math.max(1, max) }),
    crc32: (data) => crc32(data),
    select: importable,
  });
  if (read.ok) return read.files.map((f) => ({ path: f.path, contents: utf8.decode(f.data) }));
  const { problem } = read;
  switch (problem.kind) {
    case 'unsafe-names':
      throw new InputError(
        `${file}: refusing unsafe entry name(s) ${problem.names.map((n) => JSON.stringify(n)).join(', ')}`,
      );
    case 'too-many-entries':
      throw new InputError(`${file}: more than ${problem.limit} entries, the most an import reads`);
    case 'too-large':
      throw new InputError(
        `${file}: unpacks to more than ${problem.limit} bytes, the most an import reads`,
      );
    case 'invalid':
      throw new InputError(`${file}: not a readable zip (${problem.message})`);
  }
}

export async function readImportFiles(files: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const file of files) {
    const bytes = await bytesOf(file);
    if (/\.zip$/i.test(file)) out.push(...unzip(file, bytes));
    else out.push({ path: file, contents: utf8.decode(bytes) });
  }
  return out;
}
