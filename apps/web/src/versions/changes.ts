/**
 * What a change of API-M version (or another topology file) does to the bundle: per node, the
 * unified diff of its files, and the diagnostics that appear with it (what does not carry over).
 * Pure; loaded on demand with the diff view.
 */
import {
  diffBundles,
  diffTopologies,
  diffVersions,
  nodeFolder,
  previewNode,
  render,
  type ApimVersion,
  type Diagnostic,
  type FileDiff,
  type Topology,
} from '@apim-designer/topology';

export interface FileGroup {
  /** The node's name, or null for the bundle's shared files (README, topology.json…). */
  readonly node: string | null;
  readonly files: readonly FileDiff[];
}

export interface Changes {
  /** The document after the change. */
  readonly after: Topology;
  readonly groups: readonly FileGroup[];
  /** 'bundle': every file of the bundle; 'preview': one side has errors, so each node's own file. */
  readonly scope: 'bundle' | 'preview';
  /** Diagnostics the change brings (present after, not before). */
  readonly introduced: readonly Diagnostic[];
  /** Errors after the change: the bundle is refused until they are fixed. */
  readonly errors: number;
}

function key(d: Diagnostic): string {
  return [d.code, d.nodeId ?? '', d.edgeId ?? '', (d.path ?? []).join('.')].join('|');
}

/** Diagnostics of `after` that `before` does not have (same code at the same place). */
export function introducedDiagnostics(
  before: readonly Diagnostic[],
  after: readonly Diagnostic[],
): Diagnostic[] {
  const had = new Set(before.map(key));
  return after.filter((d) => !had.has(key(d)));
}

function previews(t: Topology): { path: string; contents: string }[] {
  return t.nodes.flatMap((n) => {
    try {
      const f = previewNode(t, n.id);
      return f ? [f] : [];
    } catch {
      // A node the generator cannot handle in this version: the diagnostics say why.
      return [];
    }
  });
}

/** Each node's own file before and after (what the canvas preview shows), when a bundle is refused. */
export function previewDiffs(before: Topology, after: Topology): FileDiff[] {
  return diffBundles(previews(before), previews(after));
}

/** Files under a node's folder belong to it; the rest are the bundle's. Topology order, shared last. */
export function groupByNode(files: readonly FileDiff[], ...docs: Topology[]): FileGroup[] {
  const names: string[] = [];
  for (const d of docs) for (const n of d.nodes) if (!names.includes(n.name)) names.push(n.name);
  const owner = (path: string) => names.find((n) => path.startsWith(`${nodeFolder(n)}/`)) ?? null;
  const groups = new Map<string | null, FileDiff[]>();
  for (const f of files) {
    const o = owner(f.path);
    groups.set(o, [...(groups.get(o) ?? []), f]);
  }
  return [...names, null].flatMap((node) => {
    const list = groups.get(node);
    return list ? [{ node, files: list }] : [];
  });
}

function changes(
  before: Topology,
  after: Topology,
  files: readonly FileDiff[] | null,
  diagnostics: readonly Diagnostic[],
): Changes {
  const list = files ?? previewDiffs(before, after);
  return {
    after,
    groups: groupByNode(list, before, after),
    scope: files ? 'bundle' : 'preview',
    introduced: introducedDiagnostics(render(before).diagnostics, diagnostics),
    errors: diagnostics.filter((d) => d.severity === 'error').length,
  };
}

/** What happens if the topology targets another API-M release. */
export function versionChanges(topology: Topology, version: ApimVersion): Changes {
  const d = diffVersions(topology, version);
  return changes(topology, d.topology, d.files, d.diagnostics);
}

/** What differs between the canvas and another topology (an exported topology.json). */
export function topologyChanges(current: Topology, other: Topology): Changes {
  const d = diffTopologies(current, other);
  return changes(current, other, d.files, d.diagnostics);
}
