// The files of one effective template set (see extract-template-keys.mjs) and its non-template inputs:
// the config-mapper's JSON files and WSO2's shipped TOML samples (type hints only).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `d`, depth first. */
export function walkDir(d) {
  const out = [];
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) out.push(...walkDir(p));
    else out.push(p);
  }
  return out;
}

const LAYER_ORDER = ['kernel', 'analytics', 'apimgt', 'product'];

/**
 * The files of a set dir: templates (sorted), json files (kernel < analytics < apimgt < product, then by
 * name), SOURCES.json's map, and `rel` (a file's path relative to the set, with `/`).
 */
export function setFiles(dir) {
  const templates = walkDir(join(dir, 'templates'))
    .filter((f) => f.endsWith('.j2'))
    .sort();
  const jsonFiles = existsSync(join(dir, 'json'))
    ? walkDir(join(dir, 'json')).filter((f) => f.endsWith('.json'))
    : [];
  const layerOf = (f) => relative(join(dir, 'json'), f).split(/[\\/]/)[0];
  jsonFiles.sort(
    (a, b) => LAYER_ORDER.indexOf(layerOf(a)) - LAYER_ORDER.indexOf(layerOf(b)) || (a < b ? -1 : 1),
  );
  const sourcesMap = existsSync(join(dir, 'SOURCES.json'))
    ? JSON.parse(readFileSync(join(dir, 'SOURCES.json'), 'utf8')).files
    : {};
  const rel = (f) => relative(dir, f).split(/[\\/]/).join('/');
  return { templates, jsonFiles, sourcesMap, rel };
}

const isKind = (base, kind) => base === `${kind}.json` || base.endsWith(`.${kind}.json`);

/**
 * Reads the config-mapper's JSON inputs in order (a later file's entry replaces an earlier one):
 * default.json values and their `$ref{}` targets, key-mappings sources, infer.json conditions (`$1` ->
 * `<name>`), validator keys and unit-resolve durations.
 */
export function readJsonInputs(jsonFiles, rel) {
  const defaults = new Map(); // key -> {value, source}
  const mappings = new Map(); // src -> {dst, source}
  const inferConds = new Map(); // key -> {values: Set, source}
  const refs = new Map(); // key -> Set(referencing key)
  const validatorKeys = new Map();
  const durations = new Map();

  function refsIn(v, from) {
    const s = typeof v === 'string' ? v : JSON.stringify(v);
    for (const m of s.matchAll(/\$ref\{([^}]+)\}/g)) {
      const k = m[1].replace(/\$1/g, '<name>');
      if (!refs.has(k)) refs.set(k, new Set());
      refs.get(k).add(from);
    }
  }
  for (const f of jsonFiles) {
    const base = f.split(/[\\/]/).pop();
    const j = JSON.parse(readFileSync(f, 'utf8'));
    const source = rel(f);
    if (isKind(base, 'default')) {
      for (const [k, v] of Object.entries(j)) {
        defaults.set(k, { value: v, source });
        refsIn(v, k);
      }
    } else if (isKind(base, 'key-mappings')) {
      for (const [k, v] of Object.entries(j)) mappings.set(k, { dst: v, source });
    } else if (isKind(base, 'infer')) {
      for (const [k, v] of Object.entries(j)) {
        const kk = k.replace(/\$1/g, '<name>');
        if (!inferConds.has(kk)) inferConds.set(kk, { values: new Set(), source });
        for (const val of Object.keys(v)) inferConds.get(kk).values.add(val);
        // $ref{} inside inferred values: only the database.$1.* URL builders (hostname/port/name/sid
        // are input-only keys of every [database.<name>] table); other inferred refs are not inputs
        if (!k.includes('$1')) continue;
        for (const outs of Object.values(v)) {
          for (const [ok, ov] of Object.entries(outs)) refsIn(ov, ok.replace(/\$1/g, '<name>'));
        }
      }
    } else if (isKind(base, 'validator')) {
      for (const k of Object.keys(j)) validatorKeys.set(k, source);
    } else if (isKind(base, 'unit-resolve')) {
      for (const group of Object.values(j)) {
        for (const [k, unit] of Object.entries(group)) durations.set(k, { unit, source });
      }
    }
  }
  return { defaults, mappings, inferConds, refs, validatorKeys, durations };
}

/**
 * Type hints from WSO2's own shipped TOML files (conf/deployment.toml and deployment-templates/*.toml
 * of the product, if the set dir has them under samples/): `key = true` -> boolean, `key = 9443` ->
 * integer, `key = "3306"` -> string|integer.
 */
export function readTomlHints(dir) {
  const tomlHints = new Map();
  if (!existsSync(join(dir, 'samples'))) return tomlHints;
  for (const f of walkDir(join(dir, 'samples')).filter((x) => x.endsWith('.toml'))) {
    let table = '';
    for (const raw of readFileSync(f, 'utf8').split('\n')) {
      const line = raw.replace(/^\s+/, '');
      if (!line || line.startsWith('#')) continue;
      let m = /^\[\[([^\]]+)\]\]/.exec(line);
      if (m) {
        table = `${m[1].trim()}[]`;
        continue;
      }
      m = /^\[([^\]]+)\]/.exec(line);
      if (m) {
        table = m[1].trim();
        continue;
      }
      m = /^([A-Za-z0-9_.'"-]+)\s*=\s*(.+)$/.exec(line);
      if (!m) continue;
      const key = `${table ? `${table}.` : ''}${m[1].replace(/"/g, "'")}`;
      const v = m[2].trim();
      let t = null;
      if (/^(true|false)\b/.test(v)) t = 'boolean';
      else if (/^-?[0-9]+\s*(#.*)?$/.test(v)) t = 'integer';
      else if (/^"[0-9]+"\s*(#.*)?$/.test(v)) t = 'string|integer'; // WSO2 quotes ports: port = "3306"
      if (t) tomlHints.set(key, t);
    }
  }
  return tomlHints;
}
