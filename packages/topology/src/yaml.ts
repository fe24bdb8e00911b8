/**
 * The one module that owns the YAML library (docs/decisions/0006), as toml.ts owns the TOML one.
 * Generators build compose files and Helm values as data; this writes them with YAML 1.1 quoting,
 * which is what both readers apply: docker-compose parses with PyYAML and Helm with go-yaml, where an
 * unquoted `yes`, `on`, `0777` or `22:22` is not a string. Tests parse every generated file back.
 */
import { Document, isMap, isScalar, isSeq, parse, visit } from 'yaml';
import { oneLine } from './text.js';

export type YamlValue = string | number | boolean | null | readonly YamlValue[] | YamlMap;
export interface YamlMap {
  readonly [key: string]: YamlValue;
}

/** Comment lines above a key, and whether a blank line separates it from the key before. */
export interface YamlComment {
  /** The key's path from the root, e.g. `['services', 'cp']`. */
  readonly path: readonly string[];
  readonly lines: readonly string[];
  readonly blankLineBefore?: boolean;
}

export interface YamlFile {
  readonly header: readonly string[];
  readonly value: YamlMap;
  readonly comments?: readonly YamlComment[];
  /** Keys whose sequences are written on one line, `[a, b]` (a compose `test` or `command`). */
  readonly flowKeys?: readonly string[];
}

function commentText(lines: readonly string[]): string {
  return lines.map((l) => ` ${oneLine(l)}`.trimEnd()).join('\n');
}

export function serializeYaml(file: YamlFile): string {
  // Equal objects stay written out in full: anchors and aliases read badly in a compose file.
  const doc = new Document(file.value, { version: '1.1', aliasDuplicateObjects: false });
  if (file.header.length > 0) doc.commentBefore = commentText(file.header);
  for (const c of file.comments ?? []) {
    const parentPath = c.path.slice(0, -1);
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (!isMap(parent)) throw new Error(`no mapping at ${parentPath.join('.')}`);
    const key = c.path[c.path.length - 1];
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair || !isScalar(pair.key)) throw new Error(`no key ${c.path.join('.')}`);
    if (c.lines.length > 0) pair.key.commentBefore = commentText(c.lines);
    if (c.blankLineBefore) pair.key.spaceBefore = true;
  }
  const flow = new Set(file.flowKeys ?? []);
  if (flow.size > 0) {
    visit(doc, {
      Pair(_, pair) {
        if (isScalar(pair.key) && flow.has(String(pair.key.value)) && isSeq(pair.value))
          pair.value.flow = true;
      },
    });
  }
  return doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
}

/** Parse YAML text (tests and the preview read generated files back with it). */
export function parseYaml(text: string): unknown {
  return parse(text, { version: '1.1' });
}
