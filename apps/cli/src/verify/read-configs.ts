/**
 * The live files `verify --configs` reads: a folder (walked, symbolic links not followed), a zip
 * (read by the core's `readZip`, as `import` reads one: unsafe entry names and overlapping entries
 * refused, sizes capped before anything is inflated) or one file. Only `.toml` and `.xml` files are
 * read; the core decides what each one is.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { readZip, type LiveFile } from '@apim-designer/topology';
import { InputError } from '../document.js';

export const CONFIG_LIMITS = { files: 5000, bytes: 64 * 1024 * 1024, depth: 16 } as const;

const utf8 = new TextDecoder('utf-8');
const wanted = (path: string) => /\.(toml|xml)$/i.test(path);

function errorCode(e: unknown): string {
  return e instanceof Error && 'code' in e ? String(e.code) : '';
}

async function walk(root: string): Promise<LiveFile[]> {
  const out: LiveFile[] = [];
  let bytes = 0;
  const visit = async (dir: string, depth: number): Promise<void> => {
    if (depth > CONFIG_LIMITS.depth) return;
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.')) await visit(path, depth + 1);
      else if (entry.isFile() && wanted(entry.name)) {
        if (out.length >= CONFIG_LIMITS.files)
          throw new InputError(`${root}: more than ${CONFIG_LIMITS.files} .toml / .xml files`);
        const contents = await readFile(path);
        bytes += contents.length;
        if (bytes > CONFIG_LIMITS.bytes)
          throw new InputError(`${root}: the .toml / .xml files hold more than 64 MiB`);
        out.push({
          path: relative(root, path).split(sep).join('/'),
          contents: utf8.decode(contents),
        });
      }
    }
  };
  await visit(root, 0);
  return out;
}

function unzip(file: string, bytes: Uint8Array): LiveFile[] {
  const read = readZip(bytes, {
    maxEntries: CONFIG_LIMITS.files,
    maxUnpackedBytes: CONFIG_LIMITS.bytes,
    inflateRaw: (data, max) => inflateRawSync(data, { maxOutputLength: Math.max(1, max) }),
    crc32: (data) => crc32(data),
    select: wanted,
  });
  if (read.ok)
    return read.files
      .map((f) => ({ path: f.path, contents: utf8.decode(f.data) }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { problem } = read;
  switch (problem.kind) {
    case 'unsafe-names':
      throw new InputError(
        `${file}: refusing unsafe entry name(s) ${problem.names.map((n) => JSON.stringify(n)).join(', ')} (absolute, "..", "\\" or a drive letter); nothing was read`,
      );
    case 'too-many-entries':
      throw new InputError(`${file}: more than ${problem.limit} entries`);
    case 'too-large':
      throw new InputError(`${file}: unpacks to more than ${problem.limit} bytes`);
    case 'invalid':
      throw new InputError(`${file}: not a readable zip (${problem.message})`);
  }
}

export async function readConfigs(target: string): Promise<LiveFile[]> {
  let stats;
  try {
    stats = await lstat(target);
  } catch (e) {
    const code = errorCode(e);
    throw new InputError(
      code === 'ENOENT'
        ? `--configs ${target}: no such file or folder`
        : `--configs ${target}: cannot be read (${code})`,
    );
  }
  if (stats.isDirectory()) return walk(target);
  const bytes = new Uint8Array(await readFile(target));
  if (/\.zip$/i.test(target)) return unzip(target, bytes);
  const name = target.split(/[\\/]/).pop() ?? target;
  return [{ path: name, contents: utf8.decode(bytes) }];
}
