/** Reading values out of parsed TOML without trusting their shape. */
import type { TomlTable, TomlValue } from './toml.js';

export function isTable(value: unknown): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function valueAt(table: TomlTable, path: readonly string[]): TomlValue | undefined {
  let cursor: TomlValue | undefined = table;
  for (const segment of path) {
    if (!isTable(cursor)) return undefined;
    cursor = cursor[segment];
  }
  return cursor;
}

export function tableAt(table: TomlTable, path: readonly string[]): TomlTable | undefined {
  const v = valueAt(table, path);
  return isTable(v) ? v : undefined;
}

/** A scalar as text (`3306` and `"3306"` alike); undefined for tables, arrays and absence. */
export function text(value: TomlValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function textAt(table: TomlTable, path: readonly string[]): string | undefined {
  return text(valueAt(table, path));
}

export function intAt(table: TomlTable, path: readonly string[]): number | undefined {
  const t = textAt(table, path)?.trim();
  return t !== undefined && /^\d+$/.test(t) ? Number(t) : undefined;
}

export function boolAt(table: TomlTable, path: readonly string[]): boolean | undefined {
  const t = textAt(table, path)?.trim().toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

/** An array of tables (or a lone table) as a list. */
export function tablesAt(table: TomlTable, path: readonly string[]): TomlTable[] {
  const v = valueAt(table, path);
  if (isTable(v)) return [v];
  return Array.isArray(v) ? v.filter(isTable) : [];
}

/** A string or an array of strings as a list. */
export function textsAt(table: TomlTable, path: readonly string[]): string[] {
  const v = valueAt(table, path);
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.flatMap((x) => {
    const t = text(x);
    return t === undefined ? [] : [t];
  });
}

/** The most frequent value; ties go to the one seen first. */
export function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
