/**
 * What a share link stores. Credentials stay out unless the user explicitly includes them: each
 * plain-text credential is replaced by an `$env{…}` placeholder (which still renders and says where the
 * value must come from), and the list of replaced fields is returned so the caller can say so.
 */
import { isPlaceholder } from './fields.js';
import { isApimNode, isDatabase } from './kinds/guards.js';
import type { TomlValue } from './toml.js';
import type { Topology } from './topology.js';

export interface StrippedTopology {
  readonly topology: Topology;
  /** Paths of the credential fields that were replaced, e.g. `["settings", "superAdmin", "password"]`. */
  readonly stripped: readonly (readonly (string | number)[])[];
}

function envName(...parts: string[]): string {
  return parts
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 80);
}

export function stripCredentials(topology: Topology): StrippedTopology {
  const stripped: (string | number)[][] = [];
  const keep = (value: string, path: (string | number)[], env: string): string => {
    if (isPlaceholder(value)) return value;
    stripped.push(path);
    return `$env{${env}}`;
  };
  const s = topology.settings;
  const settings = {
    ...s,
    superAdmin: {
      ...s.superAdmin,
      password: keep(
        s.superAdmin.password,
        ['settings', 'superAdmin', 'password'],
        'APIM_ADMIN_PASSWORD',
      ),
    },
    keystore: {
      ...s.keystore,
      password: keep(
        s.keystore.password,
        ['settings', 'keystore', 'password'],
        'APIM_KEYSTORE_PASSWORD',
      ),
      keyPassword: keep(
        s.keystore.keyPassword,
        ['settings', 'keystore', 'keyPassword'],
        'APIM_KEYSTORE_KEY_PASSWORD',
      ),
    },
    truststore: {
      ...s.truststore,
      password: keep(
        s.truststore.password,
        ['settings', 'truststore', 'password'],
        'APIM_TRUSTSTORE_PASSWORD',
      ),
    },
  };
  /** Kept keys from an imported file may hold secrets too: passwords anywhere, and all of [secrets]. */
  const scrub = (value: TomlValue, path: (string | number)[], secret: boolean): TomlValue => {
    if (typeof value === 'string') {
      return secret
        ? keep(value, path, envName('APIM', ...path.slice(3).map(String)) || 'APIM_SECRET')
        : value;
    }
    if (Array.isArray(value)) return value.map((v, j) => scrub(v, [...path, j], secret));
    if (typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          scrub(v, [...path, k], secret || /password|secret/i.test(k)),
        ]),
      );
    }
    return value;
  };
  const nodes = topology.nodes.map((n, i) => {
    if (isDatabase(n)) {
      const env = envName('DB', n.id, 'PASSWORD') || 'DB_PASSWORD';
      return { ...n, password: keep(n.password, ['nodes', i, 'password'], env) };
    }
    if (isApimNode(n) && n.extraConfig) {
      const extraConfig = Object.fromEntries(
        Object.entries(n.extraConfig).map(([k, v]) => [
          k,
          scrub(v, ['nodes', i, 'extraConfig', k], /password|secret/i.test(k)),
        ]),
      );
      return { ...n, extraConfig };
    }
    return n;
  });
  return { topology: { ...topology, settings, nodes }, stripped };
}
