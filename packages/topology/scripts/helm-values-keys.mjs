#!/usr/bin/env node
// The key inventory of WSO2's Helm charts (wso2/helm-apim): every key path of each chart's
// values.yaml with the type of its value, at the release tag the designer targets per branch. The
// helm target's test checks every generated values file against it (test/helm-values.test.ts).
//
//   node packages/topology/scripts/helm-values-keys.mjs --git-dir <bare clone of wso2/helm-apim> [--check]
//
// Writes packages/topology/test/fixtures/helm/<branch>/<chart>.json (--check: compares instead, exit 1
// on a difference). Only the key paths and types are kept, with the repository, tag, commit and path
// they were read from: WSO2's values.yaml files on the release branches carry the WSO2 Commercial
// License header ("reproduction ... strictly forbidden"), so they are not copied into this repository.
//
// Paths: mapping keys joined with ".", array elements as "[]" (merged over every element), a key with
// ".", "[", "]" or '"' written as ["key"]. Types: string, number, boolean, null, array, object (an empty
// mapping); every array also gets "array" at its own path. Read with YAML 1.1 rules, as Helm's parser.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(here, '../test/fixtures/helm');

/** The release tag of each branch the helm target writes values for (releases/helm-charts.ts). */
export const TAGS = {
  '4.4.x': 'all-in-one-4.4.0-4',
  '4.5.x': 'all-in-one-4.5.0-10',
  '4.6.x': 'all-in-one-4.6.0-4',
  '4.7.x': 'all-in-one-4.7.0-1',
};

export const CHARTS = {
  'all-in-one': 'all-in-one',
  'control-plane': 'distributed/control-plane',
  gateway: 'distributed/gateway',
  'traffic-manager': 'distributed/traffic-manager',
  'key-manager': 'distributed/key-manager',
};

const SAFE_KEY = /^[^.[\]"]+$/;

function join2(prefix, key) {
  const seg = SAFE_KEY.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (!prefix) return seg;
  return seg.startsWith('[') ? `${prefix}${seg}` : `${prefix}.${seg}`;
}

export function typeOf(v) {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'string' || v instanceof Date) return 'string';
  return 'object';
}

function add(out, path, type) {
  const had = out[path];
  if (had === undefined) out[path] = type;
  else if (!had.split('|').includes(type)) out[path] = [...had.split('|'), type].sort().join('|');
}

/** `{ path: type }` of every leaf (and every array) of a parsed YAML value. */
export function keysOf(value, prefix = '', out = {}) {
  const t = typeOf(value);
  if (t === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix) add(out, prefix, 'object');
    for (const [k, v] of entries) keysOf(v, join2(prefix, k), out);
  } else if (t === 'array') {
    add(out, prefix, 'array');
    for (const el of value) keysOf(el, `${prefix}[]`, out);
  } else add(out, prefix, t);
  return out;
}

export function inventory(text) {
  const keys = keysOf(parse(text, { version: '1.1' }) ?? {});
  return Object.fromEntries(Object.entries(keys).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function git(gitDir, ...args) {
  return execFileSync('git', ['--git-dir', gitDir, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

export function build(gitDir) {
  const files = {};
  for (const [branch, tag] of Object.entries(TAGS)) {
    const commit = git(gitDir, 'rev-parse', `${tag}^{commit}`).trim();
    for (const [id, folder] of Object.entries(CHARTS)) {
      const path = `${folder}/values.yaml`;
      const chart = parse(git(gitDir, 'show', `${commit}:${folder}/Chart.yaml`));
      files[`${branch}/${id}.json`] = {
        source: { repository: 'wso2/helm-apim', branch, tag, commit, path },
        chart: { name: chart.name, version: String(chart.version) },
        keys: inventory(git(gitDir, 'show', `${commit}:${path}`)),
      };
    }
  }
  return files;
}

function main(argv) {
  const i = argv.indexOf('--git-dir');
  const gitDir = i >= 0 ? argv[i + 1] : undefined;
  if (!gitDir) {
    console.error(
      'usage: node helm-values-keys.mjs --git-dir <bare clone of wso2/helm-apim> [--check]',
    );
    process.exit(2);
  }
  const check = argv.includes('--check');
  let differences = 0;
  for (const [rel, data] of Object.entries(build(gitDir))) {
    const file = join(FIXTURES, rel);
    const text = JSON.stringify(data, null, 2) + '\n';
    if (check) {
      let had = '';
      try {
        had = readFileSync(file, 'utf8');
      } catch {
        /* missing */
      }
      if (had !== text) {
        differences++;
        console.error(`differs: ${rel}`);
      }
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  console.log(check ? `${differences} fixture(s) differ from the charts` : `wrote ${FIXTURES}`);
  process.exit(differences === 0 ? 0 : 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main(process.argv.slice(2));
