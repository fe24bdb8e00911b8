#!/usr/bin/env node
// Regenerates the 4.5+ part of packages/topology/test/fixtures/wso2-keys.json (README.md):
//   1. the effective template set of 4.5.0 / 4.6.0 / 4.7.0 x {aio, acp, gw, tm}, under <templates>/<v>/<d>/,
//      is assembled from the mirrors (assemble-template-set.sh) when it is not there yet;
//   2. extract-template-keys.mjs reads each set (default sections: the team's 15 + `encryption`);
//   3. the version entry is the all-in-one distribution (wso2am; a superset of the others:
//      wso2am-universal-gw reads the same keys, wso2am-acp / wso2am-tm fewer); `_not_read_by_distribution`
//      lists, per version and component distribution, the keys of the version entry it does not read;
//      `_sources` gives every input file as owner/repo@commit:path.
// The 3.1.0–4.4.0 entries, `3.2.0_wum_updates` and `_source` are taken unchanged from the base file (the
// fixture itself by default, or the output of scripts/extract-wso2-keys.mjs).
//
//   node scripts/wso2-inventory/build-fixture.mjs [--templates=DIR] [--base=FILE] [--out=FILE]
//     --templates  default $TEMPLATES, else a directory outside the repo (/tmp/wso2-template-sets)
//     --base       default: the fixture;  --out  default: the fixture
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractKeys } from './extract-template-keys.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const FIXTURE = join(root, 'packages/topology/test/fixtures/wso2-keys.json');
const VERSIONS = ['4.5.0', '4.6.0', '4.7.0'];
const DIST = { aio: 'wso2am', acp: 'wso2am-acp', gw: 'wso2am-universal-gw', tm: 'wso2am-tm' };
const SOURCE =
  'extract-template-keys.mjs over the effective config-mapper inputs of each release (assemble-template-set.sh); ' +
  'sections: the 15 of the team reference + encryption; version entry = all-in-one distribution (wso2am)';
/** The keys this script writes; everything else of the base file is kept as it is. */
const OWN = new Set(['_source_4.5+', '_sources', '_not_read_by_distribution', ...VERSIONS]);

/** The keys of one distribution's set ({key: type}); stops on a tag the extractor cannot parse. */
function keysOf(dir) {
  const { keys, parseErrors } = extractKeys(dir);
  if (parseErrors.length)
    throw new Error(
      `${dir}: ${parseErrors.length} tags not understood:\n${parseErrors.join('\n')}`,
    );
  return keys;
}

/** The 4.5+ part: version entries, `_sources` and `_not_read_by_distribution`. */
export function buildInventory(templates) {
  const part = { _sources: {}, _not_read_by_distribution: {}, versions: {} };
  for (const v of VERSIONS) {
    const keys = {};
    for (const d of Object.keys(DIST)) {
      const dir = join(templates, v, d);
      if (!existsSync(join(dir, 'templates'))) {
        execFileSync('bash', [join(here, 'assemble-template-set.sh'), v, d, dir], {
          stdio: ['ignore', 'ignore', 'inherit'],
        });
      }
      keys[d] = keysOf(dir);
    }
    const aio = keys.aio;
    part.versions[v] = aio;
    part._sources[v] = {};
    part._not_read_by_distribution[v] = {};
    for (const d of Object.keys(DIST)) {
      const src = JSON.parse(readFileSync(join(templates, v, d, 'SOURCES.json'), 'utf8'));
      part._sources[v][DIST[d]] = { product_tag: src.product_tag, files: src.files };
      if (d === 'aio') continue;
      const extra = Object.keys(keys[d]).filter((k) => !(k in aio));
      if (extra.length) {
        throw new Error(`${v} ${d} reads keys the all-in-one does not: ${extra.join(', ')}`);
      }
      part._not_read_by_distribution[v][DIST[d]] = Object.keys(aio).filter((k) => !(k in keys[d]));
    }
  }
  return part;
}

/**
 * The fixture: `_source`, then this script's `_source_4.5+`, `_sources`, `_not_read_by_distribution`,
 * then the base's other entries in their order (3.1.0 … 4.4.0, 3.2.0_wum_updates), then 4.5.0 … 4.7.0.
 */
export function mergeFixture(base, part) {
  const out = { _source: base._source, '_source_4.5+': SOURCE };
  out._sources = part._sources;
  out._not_read_by_distribution = part._not_read_by_distribution;
  for (const [k, v] of Object.entries(base)) if (!(k in out) && !OWN.has(k)) out[k] = v;
  for (const v of VERSIONS) out[v] = part.versions[v];
  return out;
}

function main(args) {
  const opt = Object.fromEntries(
    args.map((a) => {
      const [k, ...v] = a.replace(/^--/, '').split('=');
      return [k, v.join('=')];
    }),
  );
  const templates = opt.templates || process.env.TEMPLATES || '/tmp/wso2-template-sets';
  const base = JSON.parse(readFileSync(opt.base || FIXTURE, 'utf8'));
  const target = opt.out || FIXTURE;
  const out = mergeFixture(base, buildInventory(templates));
  writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
  console.log(
    `wrote ${target}: ${VERSIONS.map((v) => `${v} ${Object.keys(out[v]).length}`).join(', ')}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2));
}
