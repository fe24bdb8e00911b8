#!/usr/bin/env node
// Extracts, per API-M version, the key paths of WSO2's deployment.toml inventory (the team's
// reference file, ../shared/reference/wso2-keys.json) into a compact fixture the core's tests read:
// { "<version>": { "<key path>": "<type>" } }. Run it again when the reference changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? join(root, '../shared/reference/wso2-keys.json');
const inventory = JSON.parse(readFileSync(source, 'utf8'));
const out = {
  _source:
    'wso2-keys.json of the team reference (see docs/decisions and scripts/extract-wso2-keys.mjs)',
};
for (const [version, keys] of Object.entries(inventory)) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) continue;
  out[version] = Object.fromEntries(
    Object.entries(keys)
      .map(([k, v]) => [k, v.type ?? 'unknown'])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
out['3.2.0_wum_updates'] = inventory._meta['3.2.0_wum_updates'].added_keys;
const target = join(root, 'packages/topology/test/fixtures/wso2-keys.json');
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(
  `wrote ${target}: ${Object.keys(out)
    .filter((k) => /^\d/.test(k))
    .map((v) => `${v} ${Object.keys(out[v]).length}`)
    .join(', ')}`,
);
