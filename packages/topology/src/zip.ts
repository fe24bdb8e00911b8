/** The bundle as a zip. Fixed timestamps keep it byte-identical for the same files. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { BundleFile } from './render/index.js';

/** 1980-01-01, the earliest time a zip entry can carry: the bundle's age is not part of its content. */
const EPOCH = new Date(1980, 0, 1, 0, 0, 0);

export function isSafeBundlePath(path: string): boolean {
  if (path === '' || path.length > 255) return false;
  if (path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(path)) return false;
  return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

export function zipBundle(files: readonly BundleFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) {
    if (!isSafeBundlePath(f.path))
      throw new Error(`refusing unsafe bundle path: ${JSON.stringify(f.path)}`);
    if (f.path in entries) throw new Error(`two files share the path ${f.path}`);
    entries[f.path] = [strToU8(f.contents), { mtime: EPOCH }];
  }
  return zipSync(entries, { level: 6 });
}
