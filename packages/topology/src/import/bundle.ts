/** A bundle made by apim-designer: its `topology.json` is the document; the TOML files are checked against it. */
import { parseJson } from '../json.js';
import { configPath } from '../render/node-config.js';
import { render } from '../render/index.js';
import { formatPath, parseTopology } from '../topology.js';
import { isApimNode } from '../kinds/guards.js';
import type { ImportFile, ImportResult } from './types.js';

const EMPTY = { kept: [], unmatched: [], added: [], errors: [] } as const;

/** The bundle's document, or null (with why in `notes`) to import its TOML files instead. */
export function fromBundle(
  json: ImportFile,
  files: readonly ImportFile[],
  notes: string[],
): ImportResult | null {
  const parsed = parseJson(json.contents);
  if (!parsed.ok) {
    notes.push(
      `${json.path} is not JSON (line ${parsed.line}, column ${parsed.column}: ${parsed.message}); the deployment.toml files are imported instead.`,
    );
    return null;
  }
  const doc = parseTopology(parsed.value);
  if (!doc.ok) {
    const first = doc.issues[0];
    notes.push(
      `${json.path} is not a topology document (${first ? `${formatPath(first.path)}: ${first.message}` : 'invalid'}); the deployment.toml files are imported instead.`,
    );
    return null;
  }
  const topology = doc.topology;
  const root = json.path.replace(/topology\.json$/i, '');
  const out = [...notes, `${json.path} is used as the topology, as is.`];
  const r = render(topology);
  if (!r.ok)
    out.push(
      'The document has errors, so its files could not be rendered to compare with the bundle.',
    );
  else {
    const wanted = new Map(r.files.map((f) => [root + f.path, f.contents]));
    for (const f of files) {
      if (!/\.toml$/i.test(f.path)) continue;
      const expected = wanted.get(f.path);
      if (expected === undefined) out.push(`${f.path}: not a file of this topology's bundle.`);
      else if (expected !== f.contents)
        out.push(`${f.path}: differs from what topology.json renders (edited by hand?).`);
    }
  }
  return {
    topology,
    report: {
      source: 'topology.json',
      nodes: topology.nodes.filter(isApimNode).map((n) => ({
        file: root + configPath(n),
        nodeId: n.id,
        kind: n.kind,
        how: 'topology.json',
        detail: 'read from the bundle document',
      })),
      ...EMPTY,
      notes: out,
    },
  };
}
