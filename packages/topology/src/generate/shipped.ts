/**
 * WSO2's shipped defaults (releases/shipped.ts) under what a node generates: a key the designer
 * writes wins, and an array of tables it writes (a token-revocation `[[event_listener]]`) replaces the
 * template's whole array.
 */
import { isTable } from '../toml-read.js';
import type { TomlSection, TomlTable, TomlValue } from '../toml.js';
import { applyExtraConfig, mergeValue } from './extra-config.js';

/** `table` with `update` applied at `path`, copying the tables on the way (nothing is mutated). */
function updateAt(
  table: TomlTable,
  path: readonly string[],
  update: (old: TomlValue | undefined) => TomlValue,
): TomlTable {
  const [head, ...rest] = path;
  if (head === undefined) return table;
  const old = table[head];
  const next = rest.length === 0 ? update(old) : updateAt(isTable(old) ? old : {}, rest, update);
  return { ...table, [head]: next };
}

/** What a TOML parser reads from the sections. */
export function sectionsData(sections: readonly TomlSection[]): TomlTable {
  let data: TomlTable = {};
  for (const s of sections) {
    data = s.arrayOfTables
      ? updateAt(data, s.table, (old) => (Array.isArray(old) ? [...old, s.values] : [s.values]))
      : s.table.length === 0
        ? (mergeValue(data, s.values) as TomlTable)
        : updateAt(data, s.table, (old) => mergeValue(old, s.values));
  }
  return data;
}

/** `defaults` without what `data` already has (a value, or an array of tables, at the same path). */
export function missingFrom(defaults: TomlTable, data: TomlTable): TomlTable {
  const out: TomlTable = {};
  for (const [k, v] of Object.entries(defaults)) {
    const have = data[k];
    if (have === undefined) out[k] = v;
    else if (isTable(v) && isTable(have)) {
      const rest = missingFrom(v, have);
      if (Object.keys(rest).length > 0) out[k] = rest;
    }
  }
  return out;
}

/** The sections with the shipped defaults they lack, new tables before `[secrets]`, commented. */
export function withShippedDefaults(
  sections: readonly TomlSection[],
  defaults: TomlTable | undefined,
  source: string,
): TomlSection[] {
  if (!defaults) return [...sections];
  const missing = missingFrom(defaults, sectionsData(sections));
  if (Object.keys(missing).length === 0) return [...sections];
  const key = (t: TomlSection) => `${t.arrayOfTables ? '[]' : ''}${t.table.join('.')}`;
  const original = new Set(sections.map(key));
  let first = true;
  return applyExtraConfig(sections, missing).map((s) => {
    if (original.has(key(s)) || !first) return s;
    first = false;
    return { ...s, comment: [`WSO2's defaults for this node (${source}):`] };
  });
}
