/**
 * "Nothing is lost": the keys of an imported file that a render of the recovered topology does not
 * write with the same value are kept verbatim (`extraConfig`), and merged back over the generated
 * sections on render (generate/extra-config.ts).
 */
import type { TomlTable, TomlValue } from '../toml.js';
import { isTable } from '../toml-read.js';

/** WSO2 writes values verbatim into its XML, so `"3306"` and `3306` configure the same thing. */
export function sameValue(a: TomlValue | undefined, b: TomlValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameValue(x, b[i]))
    );
  if (isTable(a) || isTable(b)) {
    if (!isTable(a) || !isTable(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => sameValue(a[k], b[k]));
  }
  return String(a) === String(b);
}

export interface ConfigDiff {
  /** Input keys the render does not reproduce, as nested tables; arrays are kept whole. */
  readonly extra: TomlTable;
  readonly kept: string[];
  /** Keys the render writes that the input does not have. */
  readonly added: string[];
}

/**
 * A `[database.*]` table written as `hostname`, `port` and `name` (the distributed guides' samples)
 * says what the render's JDBC `url` says when the url names that host, port and database: those three
 * keys are then not kept (the import made them the database node and its edge).
 */
function urlCovered(input: TomlTable, rendered: TomlTable): Set<string> {
  const url = rendered.url;
  const host = input.hostname;
  if (typeof url !== 'string' || typeof host !== 'string' || 'hostname' in rendered)
    return new Set();
  const port = input.port;
  const name = input.name;
  const u = url.toLowerCase();
  const hostPort = `${host.trim().toLowerCase()}${port === undefined ? '' : `:${String(port).trim()}`}`;
  if (!u.includes(`//${hostPort}`) && !u.includes(`@${hostPort}`)) return new Set();
  if (typeof name === 'string') {
    const n = name.trim().toLowerCase();
    const named = [`/${n}?`, `/${n};`, `databasename=${n}`, `:${n}?`].some((p) => u.includes(p));
    if (!named && !u.endsWith(`/${n}`) && !u.endsWith(`:${n}`)) return new Set();
  }
  return new Set(['hostname', 'port', 'name']);
}

export function diffConfig(input: TomlTable, rendered: TomlTable, prefix = ''): ConfigDiff {
  const out: ConfigDiff = { extra: {}, kept: [], added: [] };
  const covered = /^database\.[^.]+$/.test(prefix) ? urlCovered(input, rendered) : new Set();
  for (const [key, value] of Object.entries(input)) {
    if (covered.has(key)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const other = rendered[key];
    if (isTable(value) && isTable(other)) {
      const sub = diffConfig(value, other, path);
      if (Object.keys(sub.extra).length > 0) out.extra[key] = sub.extra;
      out.kept.push(...sub.kept);
      out.added.push(...sub.added);
    } else if (!sameValue(value, other)) {
      out.extra[key] = value;
      out.kept.push(path);
    }
  }
  for (const key of Object.keys(rendered))
    if (!(key in input)) out.added.push(prefix ? `${prefix}.${key}` : key);
  return out;
}
