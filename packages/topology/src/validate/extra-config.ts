/**
 * A node's extraConfig is written over what the node generates. Values replace values, but a table
 * cannot become a value or an array (or the other way round): `{"server": "x"}` beside the generated
 * `[server]` would write a file no TOML parser reads (issue 14, item 5). Each such key is an error at
 * its path in the document.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { sectionsData } from '../generate/shipped.js';
import { isTable } from '../toml-read.js';
import type { TomlTable, TomlValue } from '../toml.js';
import type { TopologyModel } from '../model.js';
import { generatedSections } from '../render/node-config.js';

const isTableArray = (v: TomlValue | undefined): boolean =>
  Array.isArray(v) && v.length > 0 && v.every(isTable);

function shape(v: TomlValue | undefined): string {
  if (isTable(v)) return 'a table';
  if (isTableArray(v)) return 'an array of tables';
  if (Array.isArray(v)) return 'an array';
  return 'a value';
}

/** Paths where `extra` and `generated` disagree on what a key is. */
function collisions(
  extra: TomlTable,
  generated: TomlTable,
  at: string[] = [],
): { path: string[]; mine: string; theirs: string }[] {
  const out: { path: string[]; mine: string; theirs: string }[] = [];
  for (const [k, v] of Object.entries(extra)) {
    const g = generated[k];
    if (g === undefined) continue;
    const path = [...at, k];
    if (isTable(v) && isTable(g)) out.push(...collisions(v, g, path));
    else if (isTable(v) || isTable(g) || isTableArray(v) || isTableArray(g)) {
      if (isTableArray(v) && isTableArray(g)) continue; // replaces the generated array of tables
      out.push({ path, mine: shape(v), theirs: shape(g) });
    }
  }
  return out;
}

export function checkExtraConfig(model: TopologyModel): Diagnostic[] {
  if (model.version.configFormat !== 'deployment-toml') return [];
  const out: Diagnostic[] = [];
  for (const node of model.apimNodes()) {
    const extra = node.extraConfig;
    if (!extra || Object.keys(extra).length === 0) continue;
    const generated = sectionsData(generatedSections(model, node));
    for (const c of collisions(extra, generated)) {
      out.push(
        diagnostic(
          'extra-config-collision',
          `${node.name}'s extraConfig sets ${c.path.join('.')} to ${c.mine}, where the node's deployment.toml has ` +
            `${c.theirs}: the two cannot be one TOML file. Remove it from extraConfig, or give it the shape the ` +
            'designer writes.',
          { nodeId: node.id, path: ['nodes', model.indexOf(node.id), 'extraConfig', ...c.path] },
        ),
      );
    }
  }
  return out;
}
