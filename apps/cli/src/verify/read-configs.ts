/**
 * The live files `verify --configs` reads: a folder (walked, symbolic links not followed), a zip
 * (entry names must be safe relative paths, sizes capped before anything is inflated) or one file.
 * Only `.toml` and `.xml` files are read; the core decides what each one is.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isSafeBundlePath, type LiveFile } from '@apim-designer/topology';
import { unzipSync } from 'fflate';
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
  const unsafe: string[] = [];
  let count = 0;
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: ({ name, originalSize }) => {
        const path = name.endsWith('/') ? name.slice(0, -1) : name;
        if (!isSafeBundlePath(path)) unsafe.push(name);
        if (unsafe.length > 0 || name.endsWith('/') || !wanted(path)) return false;
        count += 1;
        // fflate inflates into a buffer of the declared size, so the declared size bounds memory.
        total += originalSize;
        return count <= CONFIG_LIMITS.files && total <= CONFIG_LIMITS.bytes;
      },
    });
  } catch (e) {
    throw new InputError(
      `${file}: not a readable zip (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  if (unsafe.length > 0)
    throw new InputError(
      `${file}: refusing unsafe entry name(s) ${unsafe.map((n) => JSON.stringify(n)).join(', ')} (absolute, "..", "\\" or a drive letter); nothing was read`,
    );
  if (count > CONFIG_LIMITS.files || total > CONFIG_LIMITS.bytes)
    throw new InputError(`${file}: more than ${CONFIG_LIMITS.files} files or 64 MiB unpacked`);
  return Object.entries(entries)
    .map(([path, data]) => ({ path, contents: utf8.decode(data) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
