/**
 * A kind or a release registered in the core but missing from a table that is not typed against it
 * (docs/extending.md lists them all; the typed ones fail the typecheck instead).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APIM_VERSIONS, NODE_KINDS, VERSIONS } from '../src/index.js';
import { readFixture } from './helpers.js';

const doc = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');

describe('every registered kind', () => {
  it.each(NODE_KINDS)('%s has its row in docs/topology.md', (kind) => {
    const nodes = doc('docs/topology.md').split('## Nodes')[1]?.split('\n## ')[0] ?? '';
    expect(nodes).toMatch(new RegExp(`^\\|[^\\n]*\`${kind}\``, 'm'));
  });
});

describe('every registered release', () => {
  const inventory = JSON.parse(readFixture('wso2-keys.json')) as Record<string, unknown>;
  it.each(APIM_VERSIONS)('%s has a key inventory and is listed in docs/topology.md', (version) => {
    // 2.x has no deployment.toml, so no key inventory.
    if (VERSIONS[version].configFormat === 'deployment-toml')
      expect(Object.keys(inventory)).toContain(version);
    expect(doc('docs/topology.md')).toMatch(
      new RegExp(`"apimVersion".*${version.replace(/\./g, '\\.')}`),
    );
  });
});
