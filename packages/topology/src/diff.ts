/**
 * What changes between two bundles: per file, added / removed / changed, with a unified line diff.
 * `diffVersions` answers "what happens if this topology targets another API-M release?".
 */
import type { Diagnostic } from './diagnostics.js';
import { hasErrors } from './diagnostics.js';
import type { BundleFile } from './render/bundle-file.js';
import { render } from './render/index.js';
import type { Topology } from './topology.js';
import type { ApimVersion } from './versions.js';

export type FileChange = 'added' | 'removed' | 'changed';

export interface FileDiff {
  readonly path: string;
  readonly change: FileChange;
  /** Unified diff (`--- a/… +++ b/… @@ … @@`), three lines of context. */
  readonly unified: string;
  readonly added: number;
  readonly removed: number;
}

type Op = { readonly kind: ' ' | '-' | '+'; readonly text: string };

/** Longest-common-subsequence line diff; files here are a few hundred lines at most. */
function lineOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000)
    return [
      ...a.map((text): Op => ({ kind: '-', text })),
      ...b.map((text): Op => ({ kind: '+', text })),
    ];
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] ?? new Uint32Array(m + 1);
    const next = lcs[i + 1] ?? new Uint32Array(m + 1);
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (next[j + 1] ?? 0) + 1 : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i] ?? '' });
      i++;
      j++;
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) {
      ops.push({ kind: '-', text: a[i++] ?? '' });
    } else {
      ops.push({ kind: '+', text: b[j++] ?? '' });
    }
  }
  while (i < n) ops.push({ kind: '-', text: a[i++] ?? '' });
  while (j < m) ops.push({ kind: '+', text: b[j++] ?? '' });
  return ops;
}

function lines(text: string): string[] {
  if (text === '') return [];
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/** A unified diff of two texts, or '' when they are equal. */
export function unifiedDiff(
  path: string,
  before: string | null,
  after: string | null,
  context = 3,
): string {
  const ops = lineOps(lines(before ?? ''), lines(after ?? ''));
  const changes = ops.flatMap((o, i) => (o.kind === ' ' ? [] : [i]));
  if (changes.length === 0) return '';
  // Changes closer than twice the context share a hunk.
  const groups: [number, number][] = [];
  for (const i of changes) {
    const last = groups[groups.length - 1];
    if (last && i - last[1] <= context * 2) last[1] = i;
    else groups.push([i, i]);
  }
  const out = [
    `--- ${before === null ? '/dev/null' : `a/${path}`}`,
    `+++ ${after === null ? '/dev/null' : `b/${path}`}`,
  ];
  for (const [first, last] of groups) {
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length, last + context + 1);
    const prior = ops.slice(0, from);
    const hunk = ops.slice(from, to);
    const aStart = prior.filter((o) => o.kind !== '+').length + 1;
    const bStart = prior.filter((o) => o.kind !== '-').length + 1;
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(
      `@@ -${aCount ? aStart : aStart - 1},${aCount} +${bCount ? bStart : bStart - 1},${bCount} @@`,
    );
    for (const o of hunk) out.push(`${o.kind}${o.text}`);
  }
  return out.join('\n') + '\n';
}

/** Per file, what differs between two bundles (unchanged files are left out), in path order. */
export function diffBundles(
  before: readonly BundleFile[],
  after: readonly BundleFile[],
): FileDiff[] {
  const a = new Map(before.map((f) => [f.path, f.contents]));
  const b = new Map(after.map((f) => [f.path, f.contents]));
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const out: FileDiff[] = [];
  for (const path of paths) {
    const x = a.get(path) ?? null;
    const y = b.get(path) ?? null;
    if (x === y) continue;
    const unified = unifiedDiff(path, x, y);
    const body = unified.split('\n').slice(2);
    out.push({
      path,
      change: x === null ? 'added' : y === null ? 'removed' : 'changed',
      unified,
      added: body.filter((l) => l.startsWith('+')).length,
      removed: body.filter((l) => l.startsWith('-')).length,
    });
  }
  return out;
}

export interface TopologyDiff {
  /** The second topology's diagnostics: what does not carry over shows here. */
  readonly diagnostics: readonly Diagnostic[];
  /** Null when either side does not render (see the diagnostics). */
  readonly files: readonly FileDiff[] | null;
}

/** What changes in the bundle between two topologies. */
export function diffTopologies(before: Topology, after: Topology): TopologyDiff {
  const a = render(before);
  const b = render(after);
  return { diagnostics: b.diagnostics, files: a.ok && b.ok ? diffBundles(a.files, b.files) : null };
}

/** What changes if the topology targets another release, and what does not carry over. */
export function diffVersions(
  topology: Topology,
  version: ApimVersion,
): TopologyDiff & { readonly topology: Topology } {
  const target: Topology = { ...topology, apimVersion: version };
  const diff = diffTopologies(topology, target);
  return { ...diff, topology: target, files: hasErrors(diff.diagnostics) ? null : diff.files };
}
