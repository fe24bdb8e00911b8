// Assembles the key inventory from the template records (template-walker.mjs) and the JSON inputs
// (inputs.mjs), and types every key.
//
// Types: array<table>/array<string> from loops (members accessed or not), table(free-form keys) from
// .items()/dynamic subscripts, table for a tested path that has members, duration from unit-resolve,
// else the merged default's type ("true"/"9443" count as boolean/integer), else comparison/usage
// hints, else string.

/** Splits a key path at dots outside single quotes (`a.'b.c'.d` -> a, 'b.c', d). */
export function splitPath(k) {
  const out = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < k.length; i++) {
    const c = k[i];
    if (c === "'") {
      q = !q;
      cur += c;
      continue;
    }
    if (c === '.' && !q) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

const joinPath = (parts) => parts.join('.');

// `database.$1.*` keys stand for every [database.<name>] table; they are written out for the two API-M
// databases (apim_db, shared_db), and the infer condition itself also as `database.<name>.type`.
const DB_NAMES = ['apim_db', 'shared_db'];
const expandName = (k) =>
  k.includes('<name>') ? DB_NAMES.map((n) => k.replace('<name>', n)) : [k];

// [[event_listener]] is rendered by identity.xml.j2 (carbon-identity-framework) when the product does
// not ship that template itself (4.7 does); the team reference added these by hand.
const SUPPLEMENT_SOURCE =
  'supplement: carbon-identity-framework identity.xml.j2 EventListeners (not in the effective set)';
// prettier-ignore
const SUPPLEMENT_KEYS = ['event_listener', 'event_listener[].enable', 'event_listener[].id',
  'event_listener[].name', 'event_listener[].order', 'event_listener[].properties', 'event_listener[].type'];
const SUPPLEMENT_TYPES = {
  'event_listener[].enable': 'boolean',
  'event_listener[].order': 'integer',
};

/**
 * The inventory: key -> {sources: Set, rec?, mapped_to?, inferred_via?, enum?, referenced_by?,
 * member_of?, default_source?, validator?} (then typed by typeInventory).
 */
export function assembleInventory(keys, inputs, { supplement = true } = {}) {
  const { defaults, mappings, inferConds, refs, validatorKeys } = inputs;
  const inv = new Map();
  const entry = (k) => {
    let e = inv.get(k);
    if (!e) {
      e = { sources: new Set() };
      inv.set(k, e);
    }
    return e;
  };
  // 1. template paths
  for (const [k, r] of keys) {
    if (k.endsWith('[]')) continue; // element placeholders are not keys
    const e = entry(k);
    r.sources.forEach((s) => e.sources.add(s));
    e.rec = r;
  }
  // iterated arrays: make sure the array key exists even when only elements were used
  for (const [k, r] of keys) {
    if (!k.endsWith('[]')) continue;
    const e = entry(k.slice(0, -2));
    r.sources.forEach((s) => e.sources.add(s));
  }
  // 2. input-only keys
  for (const [k, m] of mappings) {
    const e = entry(k);
    e.mapped_to = m.dst;
    e.inferred_via = m.source;
  }
  for (const [k, c] of inferConds) {
    for (const kk of k.includes('<name>') ? [k, ...expandName(k)] : [k]) {
      const e = entry(kk);
      e.inferred_via = e.inferred_via ?? c.source;
      e.enum = [...c.values];
    }
  }
  // every $ref{} target of a default.json value, and the database.$1 URL builders of infer.json
  for (const [k, from] of refs) {
    for (const kk of expandName(k)) entry(kk).referenced_by = [...from];
  }
  for (const [k, s] of validatorKeys) entry(k).validator = s;
  // 3. default.json members of free-form tables
  for (const [k, d] of defaults) {
    const parts = splitPath(k);
    for (let i = parts.length - 1; i >= 1; i--) {
      const parent = joinPath(parts.slice(0, i));
      if (isFreeform(keys, parent)) {
        const e = entry(k);
        e.member_of = parent;
        e.default_source = d.source;
        break;
      }
    }
  }
  // 4. supplement
  if (supplement && !inv.has('event_listener')) {
    for (const k of SUPPLEMENT_KEYS) entry(k).sources.add(SUPPLEMENT_SOURCE);
  }
  return inv;
}

function isFreeform(keys, k) {
  const r = keys.get(k);
  return (
    !!r &&
    (r.hints.has('freeform') || r.uses.has('dynamic-subscript') || r.uses.has('iterated-items'))
  );
}

/** The type of a default / template default value, or null. */
export function typeOfValue(v) {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'string';
  if (Array.isArray(v))
    return v.length && typeof v[0] === 'object' ? 'array<table>' : 'array<string>';
  if (v && typeof v === 'object') return 'table(free-form keys)';
  if (typeof v === 'string') {
    if (v === 'true' || v === 'false') return 'boolean';
    if (/^-?[0-9]+$/.test(v)) return 'integer';
    return 'string';
  }
  return null;
}

/** Sets type, default, default_source and unit on every entry of `inv`. */
export function typeInventory(inv, keys, inputs, tomlHints) {
  const { defaults, durations } = inputs;
  // register parents so that a tested/iterated path with members is recognised as a table
  const childOf = new Map();
  for (const k of keys.keys()) {
    const parts = splitPath(k);
    for (let i = 1; i < parts.length; i++) {
      const parent = joinPath(parts.slice(0, i));
      if (!childOf.has(parent)) childOf.set(parent, new Set());
      childOf.get(parent).add(k);
    }
  }
  const allKeys = [...keys.keys()];
  for (const [k, e] of inv) {
    const r = keys.get(k);
    const members = [...(childOf.get(k) ?? [])].filter((c) => !c.endsWith('[]'));
    const elemMembers = [...(childOf.get(`${k}[]`) ?? [])];
    const iterated = r && (r.uses.has('iterated') || r.hints.has('array'));
    const hasElements = () =>
      elemMembers.length || (keys.has(`${k}[]`) && allKeys.some((x) => x.startsWith(`${k}[].`)));
    let t = null;
    if (k === 'event_listener') t = 'array<table>';
    else if (k === 'event_listener[].properties' || k === 'secrets') t = 'table(free-form keys)';
    else if (iterated && hasElements()) t = 'array<table>';
    else if (isFreeform(keys, k)) t = 'table(free-form keys)';
    else if (iterated) t = 'array<string>';
    else if (members.length && r) t = 'table';
    else if (durations.has(k)) t = 'duration';
    else if (defaults.has(k) && typeOfValue(defaults.get(k).value)) {
      t = typeOfValue(defaults.get(k).value);
    } else if (SUPPLEMENT_TYPES[k] && !r) t = SUPPLEMENT_TYPES[k];
    else if (e.mapped_to && !r)
      t = 'string'; // input-only alias: the team reference types these as string
    else if (e.enum && e.enum.length && e.enum.every((x) => x === 'true' || x === 'false')) {
      t = 'boolean';
    } else if (r) t = typeOfRecord(r, k, members, tomlHints);
    else t = tomlHints.get(k) ?? 'string';
    e.type = t;
    if (defaults.has(k)) {
      e.default = defaults.get(k).value;
      e.default_source = e.default_source ?? defaults.get(k).source;
    } else if (r && r.templateDefault !== undefined) {
      e.default = r.templateDefault;
      e.default_source = 'template | default() filter';
    }
    if (durations.has(k)) e.unit = durations.get(k).unit;
  }
}

/** A template key's type from its template default, the TOML samples or how the templates use it. */
function typeOfRecord(r, k, members, tomlHints) {
  const lits = [...r.literals];
  if (r.templateDefault !== undefined && typeOfValue(r.templateDefault)) {
    return typeOfValue(r.templateDefault);
  }
  if (tomlHints.has(k)) return tomlHints.get(k);
  if (lits.some((x) => typeof x === 'boolean' || x === 'true' || x === 'false')) return 'boolean';
  if (lits.length && lits.every((x) => typeof x === 'number')) return 'integer';
  if (r.hints.has('array')) return 'array<string>';
  if (r.uses.has('cond') && !members.length) return 'boolean';
  return 'string';
}
