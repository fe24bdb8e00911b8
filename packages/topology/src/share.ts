/**
 * What a share link stores. Credentials stay out unless the user explicitly includes them, and
 * "credentials" is read widely (issue 14: stripping by a few key names over strings let 8 of 15
 * planted secrets through):
 *
 * - a field whose key looks like a secret's, in any spelling (`password`, `pwd`, `keystorePass`,
 *   `API_KEY`, `auth_token`…), whatever the type of its value (a number too), is replaced by an
 *   `$env{…}` placeholder (which still renders and says where the value must come from);
 * - in a node's `extraConfig` (keys kept from an imported file) every value is replaced unless its
 *   key is known to be harmless (a host, a port, a switch: secrets.ts);
 * - every other text is searched for secrets by shape (a URL's password, a `password=` parameter,
 *   a JWT, a private key): in `extraConfig` the part is replaced by a placeholder, elsewhere (a
 *   name, a description) by `[stripped]`.
 *
 * Booleans stay (one bit carries no credential), as do placeholders the user wrote. Every path
 * replaced is returned, so the caller can say which.
 */
import { isPlaceholder } from './fields.js';
import { KIND_META } from './kinds/meta-registry.js';
import { isHarmlessKey, isSecretKey, isSecretTable, looksRandom, secretSpans } from './secrets.js';
import { parseTopology, type Topology } from './topology.js';

export interface StrippedTopology {
  readonly topology: Topology;
  /** Paths of the values that were replaced, e.g. `["settings", "superAdmin", "password"]`. */
  readonly stripped: readonly (readonly (string | number)[])[];
}

type Path = readonly (string | number)[];
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** What replaces a secret inside a text that is no credential field (a name, a description). */
export const STRIPPED_MARK = '[stripped]';

/** The placeholders the settings' credentials have always been given. */
const SETTINGS_ENV: Readonly<Record<string, string>> = {
  'superAdmin.password': 'APIM_ADMIN_PASSWORD',
  'keystore.password': 'APIM_KEYSTORE_PASSWORD',
  'keystore.keyPassword': 'APIM_KEYSTORE_KEY_PASSWORD',
  'truststore.password': 'APIM_TRUSTSTORE_PASSWORD',
  'primaryKeystore.password': 'APIM_PRIMARY_KEYSTORE_PASSWORD',
  'primaryKeystore.keyPassword': 'APIM_PRIMARY_KEY_PASSWORD',
  encryptionKey: 'APIM_ENCRYPTION_KEY',
};

function envName(...parts: (string | number)[]): string {
  return parts
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 80);
}

class Stripper {
  readonly stripped: Path[] = [];

  /** A whole value replaced by a placeholder (unless it is one already). */
  secret(value: Json, path: Path, env: string): Json {
    if (typeof value === 'boolean' || value === null) return value;
    if (typeof value === 'string' && isPlaceholder(value)) return value;
    if (Array.isArray(value))
      return value.map((v, i) => this.secret(v, [...path, i], `${env}_${i}`));
    if (typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, this.secret(v, [...path, k], envName(env, k))]),
      );
    }
    this.stripped.push(path);
    return `$env{${env || 'APIM_SECRET'}}`;
  }

  /** The secret parts of a text replaced by `mark(n)`; the text itself when it holds none. */
  spans(value: string, path: Path, mark: (n: number) => string): string {
    const spans = secretSpans(value).filter(
      (s) =>
        !isPlaceholder(value.slice(s.start, s.end)) &&
        value.slice(s.start, s.end) !== STRIPPED_MARK,
    );
    if (spans.length === 0) return value;
    let out = '';
    let at = 0;
    spans.forEach((s, n) => {
      out += value.slice(at, s.start) + mark(n);
      at = s.end;
    });
    this.stripped.push(path);
    return out + value.slice(at);
  }

  /** A node's `extraConfig`: secret unless the key is harmless, searched by shape if it is. */
  extra(value: Json, path: Path, key: string, env: string, secretAbove: boolean): Json {
    if (Array.isArray(value))
      return value.map((v, i) => this.extra(v, [...path, i], key, `${env}_${i}`, secretAbove));
    if (value !== null && typeof value === 'object') {
      const secret = secretAbove || isSecretTable(key);
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          this.extra(v, [...path, k], k, envName(env, k), secret),
        ]),
      );
    }
    if (secretAbove || !isHarmlessKey(key)) return this.secret(value, path, env);
    if (typeof value !== 'string') return value;
    if (looksRandom(value)) return this.secret(value, path, env);
    return this.spans(value, path, (n) => `$env{${n === 0 ? env : `${env}_${n + 1}`}}`);
  }

  /**
   * Any other part of the document: secret-named fields become placeholders (`namer` names them
   * from their dotted path in the section), texts are searched.
   */
  field(
    value: Json,
    path: Path,
    key: string,
    dotted: string,
    namer: (dotted: string) => string,
  ): Json {
    const inner = (k: string | number) => (dotted === '' ? String(k) : `${dotted}.${k}`);
    if (Array.isArray(value))
      return value.map((v, i) => this.field(v, [...path, i], key, inner(i), namer));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, this.field(v, [...path, k], k, inner(k), namer)]),
      );
    }
    if (isSecretKey(key) && typeof value !== 'boolean')
      return this.secret(value, path, namer(dotted));
    return typeof value === 'string' ? this.spans(value, path, () => STRIPPED_MARK) : value;
  }
}

/** The document as plain JSON data (it is: parsed from JSON, or built by the designer). */
function json(value: unknown): Json {
  const parsed: Json = JSON.parse(JSON.stringify(value));
  return parsed;
}

function entriesOf(value: Json): [string, Json][] {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value)
    : [];
}

/** A node's identity: edges point at its id, so it is left as it is. */
const IDENTITY = new Set(['id', 'kind']);

export function stripCredentials(topology: Topology): StrippedTopology {
  const s = new Stripper();
  const settings = s.field(
    json(topology.settings),
    ['settings'],
    'settings',
    '',
    (dotted) => SETTINGS_ENV[dotted] ?? envName('APIM', dotted),
  );
  const nodes = topology.nodes.map((node, i): Json => {
    const prefix = KIND_META[node.kind].namePrefix;
    const out: Record<string, Json> = {};
    for (const [key, value] of entriesOf(json(node))) {
      const path = ['nodes', i, key];
      out[key] = IDENTITY.has(key)
        ? value
        : key === 'extraConfig'
          ? s.extra(value, path, key, envName('APIM'), false)
          : s.field(value, path, key, key, (dotted) => envName(prefix, node.id, dotted));
    }
    return out;
  });
  const name = s.field(topology.name, ['name'], 'name', 'name', () => 'APIM');
  const parsed = parseTopology({ ...topology, name, settings, nodes });
  // Only texts were replaced by texts, so the document still parses; if not, that is a bug here.
  if (!parsed.ok)
    throw new Error(`stripping credentials broke the document: ${JSON.stringify(parsed.issues)}`);
  return { topology: parsed.topology, stripped: s.stripped };
}
