/**
 * The files an import reads: deployment.toml files as given, or the entries of a zip (loose
 * deployment.toml files or a bundle this tool made). Zip entry names must be safe relative paths.
 */
import { readFile } from 'node:fs/promises';
import { isSafeBundlePath } from '@apim-designer/topology';
import { unzipSync } from 'fflate';
import { InputError } from './document.js';

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

function unzip(file: string, bytes: Uint8Array): InputFile[] {
  const unsafe: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: ({ name }) => {
        const path = name.endsWith('/') ? name.slice(0, -1) : name;
        if (!isSafeBundlePath(path)) unsafe.push(name);
        return unsafe.length === 0 && !name.endsWith('/') && importable(path);
      },
    });
  } catch (e) {
    throw new InputError(`${file}: not a readable zip (${e instanceof Error ? e.message : e})`);
  }
  if (unsafe.length > 0)
    throw new InputError(
      `${file}: refusing unsafe entry name(s) ${unsafe.map((n) => JSON.stringify(n)).join(', ')}`,
    );
  return Object.entries(entries).map(([path, data]) => ({ path, contents: utf8.decode(data) }));
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
