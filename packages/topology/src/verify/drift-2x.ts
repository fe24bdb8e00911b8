/**
 * Drift of API-M 2.x nodes: their XML files (carbon.xml, api-manager.xml, master-datasources.xml,
 * user-mgt.xml, registry.xml; or the bundle's own `*.fragments.xml`) at the elements the design
 * writes. Everything else in those files is the product's default, which the design does not model.
 */
import { nodeFolder } from '../bundle-paths.js';
import type { TopologyModel } from '../model.js';
import { nodeFragments } from '../render/fragments-2x.js';
import type { Fragment, LegacyFile } from '../render/legacy/fragment.js';
import type { XmlElement } from '../render/xml.js';
import type { TomlTable, TomlValue } from '../toml.js';
import type { ApimNode } from '../topology.js';
import { classify } from './classify.js';
import { compareTables, leafPaths, ROOT } from './compare.js';
import type { NodeDrift } from './drift-toml.js';
import { statusOf } from './drift-toml.js';
import { matchCandidates, type Candidate } from './match.js';
import { elementAt, elements, localName, parseXml, textOf, XmlSyntaxError } from './xml-read.js';
import type { DriftFinding, DriftNode, FileError, LiveFile, UnmatchedFile } from './types.js';

const FILES: Readonly<Record<string, LegacyFile>> = {
  'carbon.xml': 'repository/conf/carbon.xml',
  'api-manager.xml': 'repository/conf/api-manager.xml',
  'master-datasources.xml': 'repository/conf/datasources/master-datasources.xml',
  'user-mgt.xml': 'repository/conf/user-mgt.xml',
  'registry.xml': 'repository/conf/registry.xml',
};

/** One node's live XML: per file, the element at each path (a full file, or our fragments). */
interface Group {
  readonly folder: string;
  readonly paths: string[];
  readonly files: Map<LegacyFile, (path: string) => XmlElement | undefined>;
  hintName?: string;
}

/** An element as nested data: attributes as `@name`, text as itself (or `#text`), children by name. */
export function xmlValue(el: XmlElement): TomlValue {
  const kids = elements(el);
  const attrs = Object.entries(el.attributes ?? {}).filter(([k]) => !k.startsWith('xmlns'));
  const text = textOf(el);
  if (kids.length === 0 && attrs.length === 0) return text;
  const out: TomlTable = {};
  for (const [k, v] of attrs) out[`@${k}`] = v;
  if (text) out['#text'] = text;
  const byName = new Map<string, TomlValue[]>();
  for (const k of kids)
    byName.set(localName(k.name), [...(byName.get(localName(k.name)) ?? []), xmlValue(k)]);
  for (const [k, list] of byName)
    out[k] = list.length === 1 && list[0] !== undefined ? list[0] : list;
  return out;
}

/** `gw/repository/conf/carbon.xml` → `gw`; `gw/carbon.xml` → `gw`. */
function folderOf(path: string): string {
  const parts = path.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  const repo = parts.findIndex((p) => p.toLowerCase() === 'repository');
  const dir = repo > 0 ? parts[repo - 1] : parts[parts.length - 2];
  return nodeFolder(dir ?? '');
}

function fileOf(path: string): string {
  return (
    path
      .split(/[\\/]+/)
      .pop()
      ?.toLowerCase() ?? ''
  );
}

function readGroups(files: readonly LiveFile[]) {
  const groups = new Map<string, Group>();
  const errors: FileError[] = [];
  const unmatched: UnmatchedFile[] = [];
  for (const f of files) {
    let root: XmlElement;
    try {
      root = parseXml(f.contents);
    } catch (e) {
      if (e instanceof XmlSyntaxError)
        errors.push({
          file: f.path,
          message: `not valid XML: ${e.message}`,
          line: e.line,
          column: e.column,
        });
      else
        errors.push({
          file: f.path,
          message: `could not be read: ${e instanceof Error ? e.message : String(e)}`,
        });
      continue;
    }
    const folder = folderOf(f.path);
    const group: Group = groups.get(folder) ?? { folder, paths: [], files: new Map() };
    if (localName(root.name) === 'fragments') {
      const file = root.attributes?.file;
      const known = Object.values(FILES).find((x) => x === file);
      if (!known) {
        unmatched.push({
          path: f.path,
          why: `fragments of ${file ?? 'an unknown file'}, which the design does not write`,
        });
        continue;
      }
      const byPath = new Map(
        elements(root).flatMap((fr) => {
          const el = elements(fr)[0];
          const at = fr.attributes?.path;
          return el && at ? [[at, el] as const] : [];
        }),
      );
      group.files.set(known, (p) => byPath.get(p));
      if (root.attributes?.node) group.hintName = root.attributes.node;
    } else {
      const known = FILES[fileOf(f.path)];
      if (!known) {
        unmatched.push({
          path: f.path,
          why: `not one of the 2.x files the design writes (${Object.keys(FILES).join(', ')})`,
        });
        continue;
      }
      group.files.set(known, (p) => elementAt(root, p));
    }
    group.paths.push(f.path);
    groups.set(folder, group);
  }
  return { groups: [...groups.values()], errors, unmatched };
}

function candidateOf(g: Group): Candidate {
  const carbon = g.files.get('repository/conf/carbon.xml');
  const host = carbon?.('/Server/HostName');
  const offset = carbon?.('/Server/Ports/Offset');
  const n = offset ? Number(textOf(offset)) : NaN;
  return {
    label: g.paths.join(', '),
    folder: g.folder,
    ...(g.hintName ? { hintName: g.hintName } : {}),
    ...(host && textOf(host)
      ? { hostname: textOf(host).toLowerCase(), hostSource: 'carbon.xml HostName' }
      : {}),
    ...(Number.isInteger(n) ? { offset: n } : {}),
  };
}

function compareNode(model: TopologyModel, node: ApimNode, g: Group): DriftFinding[] {
  const findings: DriftFinding[] = [];
  for (const [file, fragments] of nodeFragments(model, node)) {
    if (fragments.length === 0) continue;
    const live = g.files.get(file);
    if (!live) {
      findings.push({
        type: 'missing',
        severity: 'warning',
        key: file,
        breaks: `not given, so the ${fragments.length} element(s) the design writes there were not compared`,
        edges: [],
      });
      continue;
    }
    for (const f of fragments) findings.push(...compareFragment(model, node, f, live(f.path)));
  }
  return findings;
}

function compareFragment(
  model: TopologyModel,
  node: ApimNode,
  f: Fragment,
  live: XmlElement | undefined,
) {
  const at = { ...ROOT, xml: true };
  const design: TomlTable = { [f.path]: xmlValue(f.element) };
  const found: TomlTable = live ? { [f.path]: xmlValue(live) } : {};
  const keys = { all: leafPaths(design, '', new Set(), true), shippedOnly: new Set<string>() };
  // The path is one key here: strip the separator compareTables puts in front of it.
  return compareTables(design, found, at).map((d) => {
    const fix = (k: string) => k.replace(/^\/\//, '/');
    return classify(
      model,
      node.id,
      { ...d, at: { ...d.at, key: fix(d.at.key), norm: fix(d.at.norm) } },
      {
        all: new Set([...keys.all].map(fix)),
        shippedOnly: keys.shippedOnly,
      },
    );
  });
}

export function drift2x(model: TopologyModel, files: readonly LiveFile[]): NodeDrift {
  const { groups, errors, unmatched } = readGroups(files);
  const candidates = groups.map(candidateOf);
  const { matches, unmatched: why } = matchCandidates(model, candidates);
  for (const [i, reason] of why) {
    const g = groups[i];
    if (g) for (const path of g.paths) unmatched.push({ path, why: reason });
  }
  const byNode = new Map([...matches].map(([i, m]) => [m.nodeId, { i, m }]));
  const nodes = model.apimNodes().map((node): DriftNode => {
    const base = { nodeId: node.id, name: node.name, kind: node.kind, host: node.host };
    const hit = byNode.get(node.id);
    const g = hit ? groups[hit.i] : undefined;
    if (!hit || !g)
      return {
        ...base,
        files: [],
        status: 'no-file',
        findings: [],
        matchDetail: `no live files for ${nodeFolder(node.name)}/repository/conf/`,
      };
    const findings = compareNode(model, node, g);
    return {
      ...base,
      files: g.paths,
      matchedBy: hit.m.by,
      matchDetail: hit.m.detail,
      status: statusOf(findings),
      findings,
    };
  });
  return { nodes, unmatched, errors };
}
