/** Drift of `deployment.toml` files (3.x and later): each matched file against its node's render. */
import { apimKind } from '../kinds/registry.js';
import { findKind } from '../import/roles.js';
import { readSource, type SourceFile } from '../import/source.js';
import { looksLikeApim } from '../import/assemble.js';
import { sectionsData } from '../generate/shipped.js';
import type { TopologyModel } from '../model.js';
import { configPath, nodeConfig } from '../render/node-config.js';
import { shippedDefaults } from '../releases/shipped.js';
import { parseToml, serializeToml, type TomlTable } from '../toml.js';
import { intAt, textAt, textsAt } from '../toml-read.js';
import type { ApimNode } from '../topology.js';
import { classify, type DesignKeys } from './classify.js';
import { compareTables, leafPaths } from './compare.js';
import { matchCandidates, type Candidate } from './match.js';
import type { DriftFinding, DriftNode, FileError, LiveFile, UnmatchedFile } from './types.js';

export interface NodeDrift {
  readonly nodes: DriftNode[];
  readonly unmatched: UnmatchedFile[];
  readonly errors: FileError[];
}

function candidateOf(file: SourceFile): Candidate {
  const { data, hints } = file;
  const hostname = textAt(data, ['server', 'hostname'])?.trim().toLowerCase();
  const memberHosts = [
    ...textsAt(data, ['clustering', 'local_member_host']),
    ...textsAt(data, ['server', 'node_ip']),
    ...(hints.host ? [hints.host] : []),
  ].map((h) => h.trim().toLowerCase());
  const found = findKind(data);
  return {
    label: file.path,
    folder: file.folder,
    ...(hints.nodeName === undefined ? {} : { hintName: hints.nodeName }),
    ...(hostname ? { hostname, hostSource: '[server] hostname' } : {}),
    ...(memberHosts.length > 0 ? { memberHosts } : {}),
    offset: intAt(data, ['server', 'offset']) ?? 0,
    kind: found.kind,
    kindDetail: found.how === 'server_role' ? `server_role ${found.detail}` : found.detail,
  };
}

/** The node's file as the design renders it, and which of its keys the topology decides. */
function expected(model: TopologyModel, node: ApimNode): { data: TomlTable; keys: DesignKeys } {
  const data = parseToml(serializeToml(nodeConfig(model, node)));
  const decided = leafPaths(sectionsData(apimKind(node.kind).generate(model.context(node))));
  if (node.extraConfig) leafPaths(node.extraConfig, '', decided);
  const shipped = shippedDefaults(model.version.version, node.kind);
  const shippedOnly = new Set(
    [...(shipped ? leafPaths(shipped) : [])].filter((k) => !decided.has(k)),
  );
  return { data, keys: { all: leafPaths(data), shippedOnly } };
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function statusOf(findings: readonly DriftFinding[]): DriftNode['status'] {
  if (findings.some((f) => f.severity === 'error')) return 'drift';
  return findings.some((f) => f.severity === 'warning') ? 'warning' : 'ok';
}

export function driftToml(model: TopologyModel, files: readonly LiveFile[]): NodeDrift {
  const errors: FileError[] = [];
  const unmatched: UnmatchedFile[] = [];
  const sources: SourceFile[] = [];
  for (const f of files) {
    const read = readSource(f);
    if (!read.ok) errors.push(read.error);
    else if (!looksLikeApim(read.file.data))
      unmatched.push({
        path: f.path,
        why: 'not an API-M deployment.toml (no [server], [apim] or [database] table)',
      });
    else sources.push(read.file);
  }
  // An unreadable file still says which node it was meant for, by its folder or file name.
  const broken = errors.map((e): Candidate => {
    const folder = readSource({ path: e.file, contents: '' });
    return { label: e.file, folder: folder.ok ? folder.file.folder : e.file };
  });
  const candidates = [...sources.map(candidateOf), ...broken];
  const { matches, unmatched: why } = matchCandidates(model, candidates);
  for (const [i, reason] of why) {
    const c = candidates[i];
    if (c && i < sources.length) unmatched.push({ path: c.label, why: reason });
  }
  const byNode = new Map([...matches].map(([i, m]) => [m.nodeId, { i, m }]));
  const nodes = model.apimNodes().map((node): DriftNode => {
    const base = { nodeId: node.id, name: node.name, kind: node.kind, host: node.host };
    const hit = byNode.get(node.id);
    const source = hit ? sources[hit.i] : undefined;
    const label = hit ? candidates[hit.i]?.label : undefined;
    const how = hit ? { matchedBy: hit.m.by, matchDetail: hit.m.detail } : {};
    if (!hit || label === undefined)
      return {
        ...base,
        files: [],
        status: 'no-file',
        findings: [],
        matchDetail: `no live file for ${configPath(node)}`,
      };
    if (!source) return { ...base, files: [label], ...how, status: 'unreadable', findings: [] };
    const want = expected(model, node);
    const findings = compareTables(want.data, source.data)
      .map((d) => classify(model, node.id, d, want.keys))
      .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    return { ...base, files: [label], ...how, status: statusOf(findings), findings };
  });
  return { nodes, unmatched, errors };
}
