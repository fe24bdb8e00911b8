/**
 * A zip upload, unpacked with caps: every entry name must be a safe relative path (no zip slip),
 * the number of entries and the bytes unpacked are bounded, and only the entries the import reads
 * (`*.toml`, `topology.json`) are inflated at all.
 */
import { isSafeBundlePath } from '@apim-designer/topology';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { ApiError } from '../http/errors.js';
import type { ImportLimits } from '../routes/import/schemas.js';

export interface UnzippedFile {
  readonly path: string;
  readonly contents: string;
}

/** The entries the core's import reads. */
export function isImportable(path: string): boolean {
  return /\.toml$/i.test(path) || /(^|\/)topology\.json$/i.test(path);
}

const utf8 = new TextDecoder('utf-8');

/** The entries drift compares: deployment.toml files and 2.x XML configuration files. */
export function isLiveConfig(path: string): boolean {
  return /\.(toml|xml)$/i.test(path);
}

export function unzipImport(
  zip: Uint8Array,
  limits: ImportLimits,
  select: (path: string) => boolean = isImportable,
): UnzippedFile[] {
  const unsafe: string[] = [];
  let entries = 0;
  let bytes = 0;
  let tooMany = false;
  let tooBig = false;
  const filter = (file: UnzipFileInfo): boolean => {
    const dir = file.name.endsWith('/');
    const name = dir ? file.name.slice(0, -1) : file.name;
    if (!isSafeBundlePath(name)) {
      unsafe.push(file.name);
      return false;
    }
    if (dir) return false;
    entries += 1;
    if (entries > limits.maxFiles) tooMany = true;
    if (tooMany || unsafe.length > 0 || !select(name)) return false;
    // fflate inflates into a buffer of the declared size, so the declared size bounds memory.
    bytes += file.originalSize;
    if (bytes > limits.maxUnzippedBytes) tooBig = true;
    return !tooBig;
  };

  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(zip, { filter });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ApiError(400, 'invalid-zip', `The body is not a readable zip file: ${why}`, [
      { path: '(document)', message: why },
    ]);
  }
  if (unsafe.length > 0) {
    throw new ApiError(
      400,
      'unsafe-zip-entry',
      `The zip holds ${unsafe.length} entry name(s) that are not safe relative paths (absolute, "..", "\\" or a drive letter); nothing was read`,
      unsafe.slice(0, 20).map((name) => ({ path: name, message: 'unsafe entry name' })),
    );
  }
  if (tooMany) {
    throw new ApiError(
      413,
      'zip-too-large',
      `The zip holds more than ${limits.maxFiles} files, the most one import reads`,
      [{ path: '(document)', message: `over ${limits.maxFiles} files` }],
    );
  }
  if (tooBig) {
    throw new ApiError(
      413,
      'zip-too-large',
      `The zip unpacks to more than ${limits.maxUnzippedBytes} bytes, the most one import reads`,
      [{ path: '(document)', message: `over ${limits.maxUnzippedBytes} bytes unpacked` }],
    );
  }
  return Object.entries(unpacked)
    .map(([path, data]) => ({ path, contents: utf8.decode(data) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
