/**
 * Import: existing WSO2 API-M `deployment.toml` files (or a bundle made by apim-designer) back into a
 * topology document, with a report of what was kept verbatim and what matched nothing. Pure: files in,
 * document out; never throws on bad input.
 */
import { isApimNode } from '../kinds/guards.js';
import { formatPath, parseTopology } from '../topology.js';
import type { ApimVersion } from '../versions.js';
import type { TomlTable } from '../toml.js';
import { assembleNodes, looksLikeApim, memberEdges } from './assemble.js';
import { fromBundle } from './bundle.js';
import { findConnections } from './connections.js';
import { findDatabases } from './databases.js';
import { findKeyValueStores } from './key-value-stores.js';
import { impliedEdges } from './implied.js';
import { findNodes } from './nodes.js';
import { compareWithRender } from './render-back.js';
import { findSettings, findVersion } from './settings.js';
import { isTomlPath, isTopologyJson, readSource, type SourceFile } from './source.js';
import { mostCommon } from '../toml-read.js';
import type {
  ImportError,
  ImportFile,
  ImportResult,
  ImportedNode,
  KeptKey,
  UnmatchedKey,
} from './types.js';

export { diffConfig } from './extra-config.js';
export type {
  ImportError,
  ImportFile,
  ImportReport,
  ImportResult,
  ImportedNode,
  ImportedNodeReport,
  ImportedTopology,
  KeptKey,
  KindSource,
  UnmatchedKey,
} from './types.js';

export interface ImportOptions {
  /** The API-M version of the files; otherwise read from our header comments or guessed from the keys. */
  readonly apimVersion?: ApimVersion;
  /** How the caller's user states the version, named in the notes (default `apimVersion`). */
  readonly versionOption?: string;
}

function failed(
  errors: ImportError[],
  notes: string[],
  unmatched: UnmatchedKey[] = [],
): ImportResult {
  return {
    topology: null,
    report: { source: 'deployment.toml', nodes: [], kept: [], unmatched, added: [], errors, notes },
  };
}

const byPath = (a: ImportFile, b: ImportFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export function importConfigs(
  files: readonly ImportFile[],
  options: ImportOptions = {},
): ImportResult {
  const notes: string[] = [];
  const sorted = [...files].sort(byPath);
  const json = sorted.find((f) => isTopologyJson(f.path));
  if (json) {
    const bundle = fromBundle(json, sorted, notes);
    if (bundle) return bundle;
  }
  const errors: ImportError[] = [];
  const sources: SourceFile[] = [];
  for (const f of sorted) {
    if (!isTomlPath(f.path)) continue;
    const r = readSource(f);
    if (!r.ok) errors.push(r.error);
    else if (looksLikeApim(r.file.data)) sources.push(r.file);
    else
      notes.push(
        `${f.path}: not an API-M deployment.toml (no [server], [apim] or [database] table); skipped.`,
      );
  }
  if (errors.length > 0) return failed(errors, notes);
  if (sources.length === 0)
    return failed([{ file: '', message: 'no API-M deployment.toml among the files' }], notes);

  const unmatched: UnmatchedKey[] = [];
  const { drafts, balancers, taken } = findNodes(sources, notes);
  const version = findVersion(drafts, options.apimVersion, notes, options.versionOption);
  const connections = findConnections({ drafts, balancers }, unmatched, notes);
  const databases = findDatabases(drafts, taken, unmatched);
  const stores = findKeyValueStores(drafts, taken);
  const hintedName = mostCommon(
    drafts.flatMap((d) => (d.file.hints.topologyName ? [d.file.hints.topologyName] : [])),
  );
  const raw = {
    schemaVersion: 1,
    name:
      hintedName ??
      `Imported from ${sources.length} deployment.toml file${sources.length === 1 ? '' : 's'}`,
    apimVersion: version,
    settings: findSettings(drafts, version),
    nodes: assembleNodes(
      drafts,
      balancers,
      [...databases.nodes, ...stores.nodes],
      connections,
      version,
      notes,
    ),
    edges: [...memberEdges(balancers), ...connections.edges, ...databases.edges, ...stores.edges],
  };
  const first = parseTopology(raw);
  const implied = first.ok ? impliedEdges(first.topology, notes) : [];
  const parsed =
    implied.length > 0 ? parseTopology({ ...raw, edges: [...raw.edges, ...implied] }) : first;
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => ({
      file: '',
      message: `${formatPath(i.path)}: ${i.message}`,
    }));
    return failed(
      issues,
      [...notes, 'The recovered document does not parse; see errors.'],
      unmatched,
    );
  }
  const inputs = new Map<string, TomlTable>(drafts.map((d) => [d.id, d.file.data]));
  const diffs = compareWithRender(parsed.topology, inputs, notes);
  const kept: KeptKey[] = [];
  const added: KeptKey[] = [];
  const nodes = parsed.topology.nodes.map((n): ImportedNode => {
    const diff = diffs.get(n.id);
    if (!diff) return n;
    kept.push(...diff.kept.map((key) => ({ nodeId: n.id, key })));
    added.push(...diff.added.map((key) => ({ nodeId: n.id, key })));
    return Object.keys(diff.extra).length > 0 && isApimNode(n)
      ? { ...n, extraConfig: diff.extra }
      : n;
  });
  return {
    topology: { ...parsed.topology, nodes },
    report: {
      source: 'deployment.toml',
      nodes: drafts.map((d) => ({
        file: d.file.path,
        nodeId: d.id,
        kind: d.kind,
        how: d.finding.how,
        detail: d.finding.detail,
      })),
      kept,
      unmatched,
      added,
      errors: [],
      notes,
    },
  };
}
