/**
 * Drift: the live configuration files of a deployment against what its design generates, node by
 * node and key by key. Pure: files in, report out; never throws on bad input (a file that is not
 * TOML or XML is reported with its line and column).
 */
import { hasErrors } from '../diagnostics.js';
import { TopologyModel } from '../model.js';
import type { Topology } from '../topology.js';
import { validateModel } from '../validate/index.js';
import { drift2x } from './drift-2x.js';
import { driftToml, type NodeDrift } from './drift-toml.js';
import type { DriftCounts, DriftReport, LiveFile, UnmatchedFile } from './types.js';

const isToml = (path: string) => /\.toml$/i.test(path);
const isXml = (path: string) => /\.xml$/i.test(path);
/** What else a bundle (or a server's conf folder) holds: read by people or other tools, not compared. */
const isBundleExtra = (path: string) =>
  /(^|\/)(topology\.json|hosts)$/i.test(path) ||
  /\.(md|conf|properties|sh|pem|crt|cer|key|jks|p12)$/i.test(path);

function counts(result: NodeDrift): DriftCounts {
  const findings = result.nodes.flatMap((n) => n.findings);
  const of = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    errors: of('error') + result.errors.length,
    warnings:
      of('warning') +
      result.nodes.filter((n) => n.status === 'no-file').length +
      result.unmatched.length,
    infos: of('info'),
  };
}

export function drift(topology: Topology, files: readonly LiveFile[]): DriftReport {
  const model = new TopologyModel(topology);
  const diagnostics = validateModel(model);
  if (hasErrors(diagnostics)) {
    return {
      ok: false,
      message: 'The design has errors, so it cannot be rendered to compare the live files with.',
      diagnostics: diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => ({
          code: d.code,
          message: d.message,
          ...(d.nodeId === undefined ? {} : { nodeId: d.nodeId }),
        })),
    };
  }
  const xml = model.version.configFormat === 'xml-fragments';
  const notes: string[] = [];
  const ignored: UnmatchedFile[] = [];
  const wanted: LiveFile[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sorted) {
    if (xml ? isXml(f.path) : isToml(f.path)) wanted.push(f);
    else if (isBundleExtra(f.path))
      notes.push(`${f.path}: not a node's configuration; not compared.`);
    else if (xml ? isToml(f.path) : isXml(f.path))
      ignored.push({
        path: f.path,
        why: `API-M ${model.version.version} is configured in ${xml ? 'XML files (carbon.xml, api-manager.xml, …)' : 'deployment.toml'}, and this file is ${xml ? 'TOML' : 'XML'}`,
      });
    else ignored.push({ path: f.path, why: 'not a deployment.toml or an XML configuration file' });
  }
  if (files.length === 0) notes.push('No files were given: every node is listed without a file.');
  const result = xml ? drift2x(model, wanted) : driftToml(model, wanted);
  const byPath = (a: UnmatchedFile, b: UnmatchedFile) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  const all = { ...result, unmatched: [...result.unmatched, ...ignored].sort(byPath) };
  const total = counts(all);
  return {
    ok: true,
    clean: total.errors === 0,
    apimVersion: model.version.version,
    nodes: all.nodes,
    unmatched: all.unmatched,
    errors: all.errors,
    notes: [...notes, ...(xml ? NOTES_2X : [])],
    counts: total,
  };
}

const NOTES_2X = [
  'API-M 2.x: each node is compared at the elements the design writes (carbon.xml, api-manager.xml, master-datasources.xml, user-mgt.xml, registry.xml); the rest of those files is the product default and is not compared.',
];
