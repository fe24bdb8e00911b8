/**
 * Every key the generators write exists in WSO2's key inventory for that version (the team reference,
 * extracted to fixtures/wso2-keys.json), except the short list below.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APIM_VERSIONS } from '../src/index.js';
import { loadExample } from './helpers.js';
import { known, unknownKeys } from './inventory-kit.js';
import { allKindsTopology, distributed } from './topologies.js';

const EXAMPLES = readdirSync(fileURLToPath(new URL('../../../examples/', import.meta.url))).filter(
  (f) => f.endsWith('.json') && f !== 'package.json',
);

describe.each(APIM_VERSIONS)('API-M %s', (version) => {
  it('the distributed topology writes only keys the product reads', () => {
    expect(unknownKeys(distributed(version))).toEqual([]);
  });
  it('a topology with every kind writes only keys the product reads', () => {
    expect(unknownKeys(allKindsTopology(version))).toEqual([]);
  });
});

describe.each(EXAMPLES)('example %s', (example) => {
  it('writes only keys its release reads', () => {
    expect(unknownKeys(loadExample(example))).toEqual([]);
  });
});

it('the check itself rejects a key the product does not read', () => {
  expect(known('3.2.0', 'apim.keymanager.service_url')).toBe(false);
  expect(known('3.1.0', 'apim.cache_invalidation.enabled')).toBe(false);
  expect(known('3.2.0', 'transport.https.properties.proxyPort')).toBe(true);
});
