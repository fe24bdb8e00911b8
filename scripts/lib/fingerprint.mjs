/**
 * What an install or a build was made from: a content hash per input file, so that `npm start` can
 * tell "nothing changed since the last build" (start at once) from "these files changed" (rebuild,
 * and say which). Hashes are reused while a file's size and mtime stay the same, so the check on an
 * unchanged tree is a few hundred `stat` calls.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Folders that hold outputs, caches or installed packages, never build inputs. */
const SKIP_DIRS = new Set([
  'node_modules',
  'dist',
  '.prerender',
  '.vite',
  'coverage',
  'test-results',
  'playwright-report',
  'artifacts',
  'data',
  '.git',
]);

/** Every file under `paths` (files or folders, relative to root), as sorted relative paths. */
export function listInputs(root, paths) {
  const out = [];
  const walk = (rel) => {
    const abs = join(root, rel);
    let st;
    try {
      st = statSync(abs);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(abs)) {
        if (SKIP_DIRS.has(name) || name.endsWith('.tsbuildinfo') || name.endsWith('.log')) continue;
        walk(rel === '' ? name : `${rel}/${name}`);
      }
    } else if (st.isFile()) out.push(rel.split(sep).join('/'));
  };
  for (const p of paths) walk(p);
  return out.sort();
}

/**
 * `{ files: { path: [size, mtimeMs, sha1] } }` for the inputs; `previous` supplies hashes of files
 * whose size and mtime did not change.
 */
export function fingerprint(root, paths, previous = {}) {
  const files = {};
  for (const rel of listInputs(root, paths)) {
    const st = statSync(join(root, rel));
    const old = previous[rel];
    if (old && old[0] === st.size && old[1] === st.mtimeMs) {
      files[rel] = old;
      continue;
    }
    const hash = createHash('sha1')
      .update(readFileSync(join(root, rel)))
      .digest('hex');
    files[rel] = [st.size, st.mtimeMs, hash];
  }
  return files;
}

/** Paths added, removed or changed in content between two fingerprints. */
export function changedFiles(before, after) {
  const changed = [];
  for (const [rel, entry] of Object.entries(after)) {
    if (before[rel]?.[2] !== entry[2]) changed.push(rel);
  }
  for (const rel of Object.keys(before)) if (!(rel in after)) changed.push(rel);
  return changed.sort();
}

/** "a, b, c and 4 more" */
export function listSome(items, max = 4) {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** The state kept between runs: under node_modules, so that removing it forgets everything. */
export function stateStore(root) {
  const file = join(root, 'node_modules/.cache/apim-designer/run-state.json');
  return {
    file,
    read() {
      try {
        return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
      } catch {
        return {};
      }
    },
    write(state) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(state)}\n`);
    },
    relative: () => relative(root, file),
  };
}
