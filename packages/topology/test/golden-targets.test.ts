/**
 * Golden bundles of the deploy targets: every example on `compose` and `helm`. A target's files are
 * compared byte for byte with test/golden-targets/<example>/<target>/; FILES.txt lists every path of
 * the bundle and marks `= vm` the files identical to the vm bundle's (each node's deployment.toml and
 * nginx.conf: the same design, the same files), which are checked here and not stored twice. A design
 * the target refuses has REFUSED.txt: its errors, one per line. After a deliberate change, regenerate
 * with UPDATE_GOLDEN=1 and read the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { render, type BundleFile } from '../src/index.js';
import { loadExample } from './helpers.js';

const GOLDEN = fileURLToPath(new URL('./golden-targets/', import.meta.url));
const EXAMPLES = readdirSync(fileURLToPath(new URL('../../../examples/', import.meta.url)))
  .filter((f) => f.endsWith('.json') && f !== 'package.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const TARGETS = ['compose', 'helm'] as const;

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/** What the golden folder holds for a target's render of an example. */
function expected(example: string, target: (typeof TARGETS)[number]): Map<string, string> {
  const topology = loadExample(`${example}.json`);
  const r = render(topology, { target });
  const out = new Map<string, string>();
  if (!r.ok) {
    const lines = r.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.code} ${d.nodeId ?? '-'}: ${d.message}`);
    out.set('REFUSED.txt', lines.join('\n') + '\n');
    return out;
  }
  const vm = render(topology);
  const vmFiles = new Map(vm.ok ? vm.files.map((f: BundleFile) => [f.path, f.contents]) : []);
  const listing: string[] = [];
  for (const f of r.files) {
    const same = vmFiles.get(f.path) === f.contents && f.path !== 'README.md';
    listing.push(same ? `${f.path} = vm` : f.path);
    if (!same) out.set(f.path, f.contents);
  }
  out.set('FILES.txt', listing.join('\n') + '\n');
  return out;
}

describe.each(EXAMPLES)('golden targets of %s', (example) => {
  it.each(TARGETS)('%s matches test/golden-targets line by line', (target) => {
    const files = expected(example, target);
    const dir = join(GOLDEN, example, target);
    if (process.env.UPDATE_GOLDEN === '1') {
      rmSync(dir, { recursive: true, force: true });
      for (const [path, contents] of files) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), contents);
      }
    }
    expect(listFiles(dir)).toEqual([...files.keys()].sort());
    for (const [path, contents] of files) {
      const golden = readFileSync(join(dir, path), 'utf8').split('\n');
      const lines = contents.split('\n');
      // Line by line, so that a difference names its file and line.
      lines.forEach((line, i) => expect(golden[i], `${path}:${i + 1}`).toBe(line));
      expect(golden.length, path).toBe(lines.length);
    }
  });
});
