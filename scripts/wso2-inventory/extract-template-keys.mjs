#!/usr/bin/env node
// Key inventory of one WSO2 API-M release from its config-mapper inputs (Node 20, no dependencies).
//
//   node scripts/wso2-inventory/extract-template-keys.mjs <set-dir>
//        [--sections=default|team|all|a,b,...] [--full] [--no-supplement]
//
// <set-dir> is an *effective* template set as written by assemble-template-set.sh:
//   <set-dir>/templates/**/*.j2    the .j2 files the release renders (kernel < carbon-analytics-common <
//                                  carbon-apimgt < product-apim, later layers replacing same-path files)
//   <set-dir>/json/<layer>/*.json  default.json / *.default.json, key-mappings.json, infer.json,
//                                  validator.json, unit-resolve.json / *.unit-resolve.json
//   <set-dir>/samples/**/*.toml    (optional) WSO2's shipped deployment.toml files, type hints only
//   <set-dir>/SOURCES.json         (optional) file -> repo@commit:path, echoed by --full
//
// Prints {"<key path>": "<type>"} (the compact format of packages/topology/test/fixtures/wso2-keys.json),
// or with --full {"<key path>": {type, sources, default?, mapped_to?, ...}}. Tags it cannot parse are
// reported on stderr.
//
// Method (the team reference's, re-implemented without Jinja2; README.md):
//  1. every {{ }} / {% %} of every template is parsed (jinja.mjs) and walked (template-walker.mjs);
//  2. input-only keys are added (inventory.mjs): key-mappings.json sources (`mapped_to`), infer.json
//     conditions (`database.$1.type` -> `database.<name>.type`), `$ref{}` targets in default/infer
//     values, validator.json keys, and default.json members of free-form tables;
//  3. keys are kept only for the selected top-level sections (default: the 15 of the team reference plus
//     `encryption`, which 4.7 needs; --sections=team gives exactly the team's 15; --sections=all all);
//  4. every key is typed (inventory.mjs).
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readJsonInputs, readTomlHints, setFiles } from './inputs.mjs';
import { assembleInventory, typeInventory } from './inventory.mjs';
import { walkTemplates } from './template-walker.mjs';

// prettier-ignore
export const TEAM_SECTIONS = ['apim', 'apimgt', 'broker', 'clustering', 'database', 'event_listener',
  'event_processor', 'keystore', 'monitoring', 'secrets', 'server', 'super_admin', 'transport', 'truststore',
  'user_store'];

/** The section filter of a `--sections` value: a Set of top-level sections, or null for all. */
export function sectionsOf(value) {
  if (!value || value === 'default') return new Set([...TEAM_SECTIONS, 'encryption']);
  if (value === 'team') return new Set(TEAM_SECTIONS);
  if (value === 'all') return null;
  return new Set(String(value).split(','));
}

const FULL_FIELDS = [
  'default',
  'default_source',
  'unit',
  'mapped_to',
  'inferred_via',
  'enum',
  'referenced_by',
  'member_of',
  'validator',
];
/** Fields of --full that name a file of the set (echoed as repo@commit:path when SOURCES.json has it). */
const isFileField = (f) =>
  f.endsWith('source') || f === 'inferred_via' || f === 'validator' || f === 'member_of';

/**
 * The key inventory of one template set.
 * @param {string} dir the set dir
 * @param {{sections?: string, full?: boolean, supplement?: boolean}} [options] `sections` as the CLI's
 *   --sections value (default: the team's 15 + encryption)
 * @returns {{keys: Record<string, string | object>, parseErrors: string[]}}
 */
export function extractKeys(dir, { sections: sectionsOpt, full = false, supplement = true } = {}) {
  const sections = sectionsOf(sectionsOpt);
  const { templates, jsonFiles, sourcesMap, rel } = setFiles(dir);
  const { keys, parseErrors } = walkTemplates(
    templates.map((f) => ({ file: rel(f), src: readFileSync(f, 'utf8') })),
  );
  const inputs = readJsonInputs(jsonFiles, rel);
  const inv = assembleInventory(keys, inputs, { supplement });
  typeInventory(inv, keys, inputs, readTomlHints(dir));

  const inSection = (k) => !sections || sections.has(k.split(/[.[]/)[0]);
  const outKeys = [...inv.keys()]
    .filter(inSection)
    .filter((k) => !/\$|<name>\.|^\W/.test(k) || k.startsWith('database.<name>.'))
    .sort((a, b) => (a < b ? -1 : 1));
  const out = {};
  for (const k of outKeys) {
    const e = inv.get(k);
    if (!full) {
      out[k] = e.type;
      continue;
    }
    const o = { type: e.type };
    if (e.sources.size) o.sources = [...e.sources].map((s) => sourcesMap[s] ?? s);
    for (const f of FULL_FIELDS) {
      if (e[f] !== undefined) o[f] = isFileField(f) ? (sourcesMap[e[f]] ?? e[f]) : e[f];
    }
    out[k] = o;
  }
  return { keys: out, parseErrors };
}

function main(args) {
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error(
      'usage: extract-template-keys.mjs <set-dir> [--sections=default|team|all|a,b] [--full] [--no-supplement]',
    );
    process.exit(2);
  }
  const opt = Object.fromEntries(
    args
      .filter((a) => a.startsWith('--'))
      .map((a) => {
        const [k, v] = a.slice(2).split('=');
        return [k, v ?? true];
      }),
  );
  const { keys, parseErrors } = extractKeys(dir, {
    sections: opt.sections,
    full: !!opt.full,
    supplement: !opt['no-supplement'],
  });
  if (parseErrors.length) {
    process.stderr.write(
      `${parseErrors.length} tags not understood:\n${parseErrors.slice(0, 30).join('\n')}\n`,
    );
  }
  process.stdout.write(JSON.stringify(keys, null, 1) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2));
}
