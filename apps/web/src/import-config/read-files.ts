/**
 * The files handed to "Import configuration…": deployment.toml files, zips of them, or a bundle zip
 * (with its topology.json). fflate is loaded only when a zip is among them. Sizes are capped before
 * anything is inflated, and only the entries the importer reads are kept.
 */
export interface ConfigFile {
  readonly path: string;
  readonly contents: string;
}

export interface ReadFiles {
  readonly files: readonly ConfigFile[];
  /** What was left out and why (one line each). */
  readonly skipped: readonly string[];
}

export const LIMITS = {
  /** A picked file (a zip or a deployment.toml). */
  fileBytes: 10 * 1024 * 1024,
  /** One file inside a zip, inflated. */
  entryBytes: 2 * 1024 * 1024,
  /** Everything kept, inflated. */
  totalBytes: 20 * 1024 * 1024,
  entries: 500,
} as const;

/** A deployment.toml (any name ending .toml) or a bundle's topology.json. */
export function isConfigPath(path: string): boolean {
  return /\.toml$/i.test(path) || /(^|\/)topology\.json$/i.test(path);
}

/** Which files a caller reads, and how the skipped ones are described. */
export interface Accept {
  readonly test: (path: string) => boolean;
  /** Why a picked file was skipped: `not a .toml file, a topology.json or a zip`. */
  readonly notFile: string;
  /** Why a zip entry was skipped: `not a deployment.toml or topology.json`. */
  readonly notEntry: string;
}

const CONFIG: Accept = {
  test: isConfigPath,
  notFile: 'not a .toml file, a topology.json or a zip',
  notEntry: 'not a deployment.toml or topology.json',
};

function isZip(file: { name: string; type: string }): boolean {
  return /\.zip$/i.test(file.name) || file.type === 'application/zip';
}

/** Entries worth reading: config files outside macOS resource forks and hidden folders. */
function wanted(path: string, accept: Accept): boolean {
  return (
    accept.test(path) && !path.split('/').some((seg) => seg.startsWith('.') || seg === '__MACOSX')
  );
}

export async function filesFromZip(
  zipName: string,
  bytes: Uint8Array,
  accept: Accept = CONFIG,
): Promise<ReadFiles> {
  const { unzipSync, strFromU8 } = await import('fflate');
  const skipped: string[] = [];
  let total = 0;
  let count = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (f.name.endsWith('/')) return false;
        if (!wanted(f.name, accept)) {
          skipped.push(`${zipName}: ${f.name} (${accept.notEntry})`);
          return false;
        }
        if (f.originalSize > LIMITS.entryBytes) {
          skipped.push(
            `${zipName}: ${f.name} (larger than ${LIMITS.entryBytes / 1024 / 1024} MiB)`,
          );
          return false;
        }
        if (count >= LIMITS.entries || total + f.originalSize > LIMITS.totalBytes) {
          skipped.push(
            `${zipName}: ${f.name} (the import is limited to ${LIMITS.entries} files, 20 MiB)`,
          );
          return false;
        }
        count++;
        total += f.originalSize;
        return true;
      },
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { files: [], skipped: [`${zipName}: not a readable zip (${why})`] };
  }
  const files = Object.entries(entries)
    .filter(([, data]) => data.length <= LIMITS.entryBytes)
    .map(([path, data]) => ({ path, contents: strFromU8(data) }));
  return { files, skipped };
}

/** Read what the user picked or dropped, in the order given. */
export async function readConfigFiles(
  picked: readonly File[],
  accept: Accept = CONFIG,
): Promise<ReadFiles> {
  const files: ConfigFile[] = [];
  const skipped: string[] = [];
  for (const file of picked) {
    if (file.size > LIMITS.fileBytes) {
      skipped.push(`${file.name} (larger than ${LIMITS.fileBytes / 1024 / 1024} MiB)`);
    } else if (isZip(file)) {
      const res = await filesFromZip(file.name, new Uint8Array(await file.arrayBuffer()), accept);
      files.push(...res.files);
      skipped.push(...res.skipped);
    } else if (accept.test(file.name)) {
      files.push({ path: file.name, contents: await file.text() });
    } else {
      skipped.push(`${file.name} (${accept.notFile})`);
    }
  }
  return { files, skipped };
}
