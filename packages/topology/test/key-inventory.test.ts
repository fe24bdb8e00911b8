/**
 * Every key the generators write exists in WSO2's key inventory for that version (the team reference,
 * extracted to fixtures/wso2-keys.json), except the short list below.
 */
import { describe, expect, it } from 'vitest';
import { APIM_VERSIONS, parseToml, render, type Topology, type TomlTable } from '../src/index.js';
import { readFixture } from './helpers.js';
import { allKindsTopology, distributed } from './topologies.js';

const inventory = JSON.parse(readFixture('wso2-keys.json')) as Record<
  string,
  Record<string, string>
> & {
  '3.2.0_wum_updates': string[];
};

/**
 * Keys the documents prescribe that the inventory of that version does not hold.
 * (`[[event_listener]]` and its free-form properties are in the inventory only because the reference
 * added them by hand: the identity framework's identity.xml.j2 reads them, not the API-M templates.)
 */
const EXCEPTIONS: Record<string, { keys: readonly string[]; why: string }> = {
  '3.2.0': {
    // A 3.2.0 node reads these only with WSO2 updates (carbon-apimgt 6.7.206.x); GA ignores them. The
    // bundle README says so, and settings.cacheInvalidation turns the block off.
    keys: inventory['3.2.0_wum_updates'].filter((k) => k.startsWith('apim.cache_invalidation.')),
    why: '3.2.0 with updates',
  },
};

/** `a.b[].c` paths of every leaf; free-form tables are checked at their own path. */
function keyPaths(table: TomlTable, prefix = '', out: string[] = []): string[] {
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value) && value.some((v) => typeof v === 'object' && !Array.isArray(v))) {
      for (const v of value) keyPaths(v as TomlTable, `${path}[]`, out);
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      keyPaths(value, path, out);
    } else {
      out.push(path);
    }
  }
  return [...new Set(out)];
}

function known(version: string, path: string): boolean {
  const keys = inventory[version] ?? {};
  if (keys[path] || EXCEPTIONS[version]?.keys.includes(path)) return true;
  // A member of a free-form table (`transport.https.properties.proxyPort`).
  const segments = path.split('.');
  for (let i = segments.length - 1; i > 0; i--) {
    if (keys[segments.slice(0, i).join('.')] === 'table(free-form keys)') return true;
  }
  return false;
}

function unknownKeys(topology: Topology): string[] {
  const result = render(topology);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const unknown: string[] = [];
  for (const f of result.files.filter((f) => f.path.endsWith('.toml'))) {
    for (const path of keyPaths(parseToml(f.contents))) {
      if (!known(topology.apimVersion, path)) unknown.push(`${f.path}: ${path}`);
    }
  }
  return unknown;
}

describe.each(APIM_VERSIONS)('API-M %s', (version) => {
  it('the distributed topology writes only keys the product reads', () => {
    expect(unknownKeys(distributed(version))).toEqual([]);
  });
  it('a topology with every kind writes only keys the product reads', () => {
    expect(unknownKeys(allKindsTopology(version))).toEqual([]);
  });
});

it('the check itself rejects a key the product does not read', () => {
  expect(known('3.2.0', 'apim.keymanager.service_url')).toBe(false);
  expect(known('3.1.0', 'apim.cache_invalidation.enabled')).toBe(false);
  expect(known('3.2.0', 'transport.https.properties.proxyPort')).toBe(true);
});
