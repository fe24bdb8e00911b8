/**
 * Two parsed `deployment.toml` files compared key by key: tables recurse, arrays of tables are paired
 * by `name` or `id` (else by position), anything else is one value. An element of an array of tables
 * that one side lacks is one difference (a whole `[[apim.throttling.url_group]]`), not one per key.
 */
import { isTable } from '../toml-read.js';
import type { TomlTable, TomlValue } from '../toml.js';
import { sameValue } from '../import/extra-config.js';

export interface KeyPath {
  /** For people: `apim.throttling.url_group[1].traffic_manager_urls`, `apim.gateway.environment[name="Default"]`. */
  readonly key: string;
  /** Without element selectors, for rules: `apim.throttling.url_group.traffic_manager_urls`. */
  readonly norm: string;
  /** XML paths join with `/` (`/Server/Ports/Offset`); TOML keys with `.`. */
  readonly xml?: boolean;
}

export interface RawDifference {
  readonly at: KeyPath;
  readonly design: TomlValue | undefined;
  readonly live: TomlValue | undefined;
}

const isTableArray = (v: TomlValue | undefined): v is TomlTable[] =>
  Array.isArray(v) && v.length > 0 && v.every(isTable);

function child(at: KeyPath, key: string): KeyPath {
  if (at.xml) return { key: `${at.key}/${key}`, norm: `${at.norm}/${key}`, xml: true };
  const seg = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
  return {
    key: at.key ? `${at.key}.${seg}` : seg,
    norm: at.norm ? `${at.norm}.${seg}` : seg,
  };
}

export const ROOT: KeyPath = { key: '', norm: '' };

/** The field that names the elements of both arrays, when every element has a distinct one. */
function identity(a: readonly TomlTable[], b: readonly TomlTable[]): string | undefined {
  // TOML's `name` / `id`; in 2.x XML a `<Name>` child or a `name` / `id` attribute.
  for (const field of ['name', 'id', 'Name', '@name', '@id']) {
    const ok = (list: readonly TomlTable[]) => {
      const names = list.map((t) => t[field]);
      return names.every((n) => typeof n === 'string') && new Set(names).size === names.length;
    };
    if (ok(a) && ok(b)) return field;
  }
  return undefined;
}

/**
 * Pairs of (design index, live index): by name where the elements have one; else equal elements
 * first (an element inserted before the others is then the extra one), the rest in order.
 */
function pairs(
  design: readonly TomlTable[],
  live: readonly TomlTable[],
  field: string | undefined,
): [number | undefined, number | undefined][] {
  const out: [number | undefined, number | undefined][] = [];
  const usedLive = new Set<number>();
  const partner = new Map<number, number>();
  if (field) {
    design.forEach((d, i) => {
      const j = live.findIndex((l) => l[field] === d[field]);
      if (j >= 0) partner.set(i, j);
    });
  } else {
    design.forEach((d, i) => {
      const j = live.findIndex((l, k) => !usedLive.has(k) && sameValue(d, l));
      if (j >= 0) {
        partner.set(i, j);
        usedLive.add(j);
      }
    });
    const freeLive = live.map((_, k) => k).filter((k) => !usedLive.has(k));
    design.forEach((_, i) => {
      if (partner.has(i)) return;
      const j = freeLive.shift();
      if (j !== undefined) partner.set(i, j);
    });
  }
  const paired = new Set(partner.values());
  design.forEach((_, i) => out.push([i, partner.get(i)]));
  live.forEach((_, j) => {
    if (!paired.has(j)) out.push([undefined, j]);
  });
  return out;
}

function compareArrays(
  design: readonly TomlTable[],
  live: readonly TomlTable[],
  at: KeyPath,
  out: RawDifference[],
): void {
  const field = identity(design, live);
  const label = (t: TomlTable, i: number) =>
    field ? `[${field}=${JSON.stringify(t[field])}]` : `[${i}]`;
  for (const [i, j] of pairs(design, live, field)) {
    const d = i === undefined ? undefined : design[i];
    const l = j === undefined ? undefined : live[j];
    const path = (t: TomlTable, k: number) => ({ ...at, key: `${at.key}${label(t, k)}` });
    if (d && l && i !== undefined) compareTables(d, l, path(d, i), out);
    else if (d && i !== undefined) out.push({ at: path(d, i), design: d, live: undefined });
    else if (l && j !== undefined) out.push({ at: path(l, j), design: undefined, live: l });
  }
}

/** Every difference between the design's data and the live file's, in the design's key order. */
export function compareTables(
  design: TomlTable,
  live: TomlTable,
  at: KeyPath = ROOT,
  out: RawDifference[] = [],
): RawDifference[] {
  const keys = [...Object.keys(design), ...Object.keys(live).filter((k) => !(k in design))];
  for (const k of keys) {
    const d = design[k];
    const l = live[k];
    const path = child(at, k);
    if (isTable(d) && isTable(l)) compareTables(d, l, path, out);
    else if (isTable(d) && l === undefined) compareTables(d, {}, path, out);
    else if (isTable(l) && d === undefined) compareTables({}, l, path, out);
    else if (isTableArray(d) && isTableArray(l)) compareArrays(d, l, path, out);
    else if (isTableArray(d) && l === undefined) compareArrays(d, [], path, out);
    else if (isTableArray(l) && d === undefined) compareArrays([], l, path, out);
    else if (!sameValue(d, l)) out.push({ at: path, design: d, live: l });
  }
  return out;
}

/** Every leaf's path without selectors (`a.b.c`), for "does the design write this key here". */
export function leafPaths(
  value: TomlValue,
  prefix = '',
  into = new Set<string>(),
  xml = false,
): Set<string> {
  if (isTable(value)) {
    for (const [k, v] of Object.entries(value))
      leafPaths(v, child({ key: prefix, norm: prefix, xml }, k).norm, into, xml);
  } else if (isTableArray(value)) {
    for (const t of value) leafPaths(t, prefix, into, xml);
  } else if (prefix) into.add(prefix);
  return into;
}

/** A value as TOML writes it inline: `"x"`, `9443`, `[ "a", "b" ]`, `{ k = "v" }`. */
export function tomlText(value: TomlValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(tomlText).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${k} = ${tomlText(v)}`);
  return `{ ${entries.join(', ')} }`;
}
