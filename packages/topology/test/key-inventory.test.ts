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

it("the check rejects, from 4.5, a key the node's own distribution does not read", () => {
  // wso2am-tm reads no WebSocket inbound settings (its axis2.xml.j2 has no WebSocket transport):
  // _not_read_by_distribution of fixtures/wso2-keys.json, product-apim v4.6.0-tm.
  const doc = loadExample('distributed-4.6.0.json');
  const tm = doc.nodes.find((n) => n.id === 'tm');
  if (!tm || !('offset' in tm)) throw new Error('no tm');
  const withWs = {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n === tm ? { ...tm, extraConfig: { apim: { ws: { enable: true } } } } : n,
    ),
  };
  expect(unknownKeys(withWs)).toEqual([
    'tm/repository/conf/deployment.toml: apim.ws.enable (not read by wso2am-tm)',
  ]);
});

it('the check itself rejects a key the product does not read', () => {
  expect(known('3.2.0', 'apim.keymanager.service_url')).toBe(false);
  expect(known('3.1.0', 'apim.cache_invalidation.enabled')).toBe(false);
  expect(known('3.2.0', 'transport.https.properties.proxyPort')).toBe(true);
});
