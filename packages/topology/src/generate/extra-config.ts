/**
 * Keys kept verbatim from an imported file (`extraConfig`) merged back over what a node generates
 * (import/extra-config.ts finds them).
 */
import type { TomlSection, TomlTable, TomlValue } from '../toml.js';
import { isTable, valueAt } from '../toml-read.js';

/** `over` on top of `base`: tables merge key by key, anything else is replaced. */
export function mergeValue(base: TomlValue | undefined, over: TomlValue): TomlValue {
  if (!isTable(base) || !isTable(over)) return over;
  const out: TomlTable = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = mergeValue(base[k], v);
  return out;
}

const keyOf = (path: readonly string[]) => path.join('\u0000');
const startsWith = (path: readonly string[], prefix: readonly string[]) =>
  prefix.length <= path.length && prefix.every((s, i) => path[i] === s);

/**
 * The generated sections with `extra` merged over them, in the same order; keys with no section of
 * their own become new sections before `[secrets]` (which must stay last). What a TOML parser reads
 * from the result equals `mergeValue(generated data, extra)`.
 */
export function applyExtraConfig(
  sections: readonly TomlSection[],
  extra: TomlTable,
): TomlSection[] {
  const paths = sections.map((s) => s.table);
  const owned = (p: readonly string[]) => paths.some((sp) => startsWith(sp, p));
  const consumed = new Set<string>();
  const out: TomlSection[] = [];
  for (const s of sections) {
    const sub = s.table.length === 0 ? undefined : valueAt(extra, s.table);
    if (s.arrayOfTables) {
      if (sub === undefined) out.push(s);
      else if (!consumed.has(keyOf(s.table))) {
        consumed.add(keyOf(s.table));
        const list = (Array.isArray(sub) ? sub : [sub]).filter(isTable);
        list.forEach((values, i) =>
          out.push({
            table: s.table,
            arrayOfTables: true,
            comment: i === 0 ? s.comment : undefined,
            values,
          }),
        );
      }
      continue;
    }
    const source = s.table.length === 0 ? extra : sub;
    if (!isTable(source)) {
      out.push(s);
      continue;
    }
    const values: TomlTable = { ...s.values };
    for (const [k, v] of Object.entries(source)) {
      const p = [...s.table, k];
      if (owned(p)) continue;
      values[k] = mergeValue(values[k], v);
      consumed.add(keyOf(p));
    }
    out.push({ ...s, values });
  }
  const root: TomlTable = {};
  const added = new Map<string, TomlSection>();
  const walk = (table: TomlTable, at: readonly string[]) => {
    for (const [k, v] of Object.entries(table)) {
      const p = [...at, k];
      if (consumed.has(keyOf(p))) continue;
      if (isTable(v) && owned(p)) walk(v, p);
      else if (Array.isArray(v) && v.length > 0 && v.every(isTable) && !owned(p)) {
        v.forEach((values, i) =>
          added.set(`${keyOf(p)}\u0001${i}`, { table: p, arrayOfTables: true, values }),
        );
      } else if (isTable(v) && !owned(p)) {
        added.set(keyOf(p), { table: p, values: v });
      } else if (at.length === 0) {
        root[k] = v;
      } else {
        const prev = added.get(keyOf(at));
        added.set(keyOf(at), { table: at, values: { ...prev?.values, [k]: v } });
      }
    }
  };
  walk(extra, []);
  const secrets = out.findIndex((s) => keyOf(s.table) === 'secrets');
  const at = secrets === -1 ? out.length : secrets;
  out.splice(at, 0, ...added.values());
  if (Object.keys(root).length > 0) out.unshift({ table: [], values: root });
  return out;
}
