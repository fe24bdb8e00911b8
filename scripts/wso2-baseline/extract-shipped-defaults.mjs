#!/usr/bin/env node
// Extracts, per API-M release and node kind, the settings of WSO2's deployment.toml for that node (the
// shipped file, or the profile template profileSetup.sh would install) that the designer does not
// derive from the topology: the "shipped defaults" it keeps under what it generates (README.md).
// Reads the bare mirror of wso2/product-apim with git (nothing is checked out or built) and writes
// packages/topology/src/releases/shipped-defaults.json.
//
//   node scripts/wso2-baseline/extract-shipped-defaults.mjs [--check] [--out=FILE]
//     MIRROR_PA  the bare mirror (default /work/.mirror/wso2+product-apim/repo)
//     --check    compare with the file in the repository instead of writing it; exit 1 on a difference
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
/** @iarna/toml is a dev dependency of packages/topology (pnpm does not hoist it to the root). */
const TOML = createRequire(join(root, 'packages/topology/package.json'))('@iarna/toml');

export const OUT = join(root, 'packages/topology/src/releases/shipped-defaults.json');
export const MIRROR = process.env.MIRROR_PA || '/work/.mirror/wso2+product-apim/repo';
const SCRIPT = 'scripts/wso2-baseline/extract-shipped-defaults.mjs';
const SOURCE =
  "WSO2's shipped deployment.toml and profile templates per release and node kind (wso2/product-apim tags, " +
  '_templates), parsed with @iarna/toml, minus what the designer derives from the topology and every ' +
  `URL/host and credential (_dropped); written by ${SCRIPT}`;

// ---------------------------------------------------------------------------------------------------
// The dropping rules (pure).

/** Tables (and keys) the designer writes from the topology: dropped whole, with everything under them. */
export const TOPOLOGY_TABLES = [
  'server',
  'user_store',
  'super_admin',
  'database',
  'keystore',
  'truststore',
  'secrets',
  'transport',
  'apim.gateway.environment',
  'apim.sync_runtime_artifacts',
  'apim.throttling',
  'apim.event_hub',
  'apim.cache_invalidation',
  'event_listener',
  'apim.analytics.url_group',
  'apim.workflow',
  'apim.devportal.url',
  'clustering',
  'apim.key_manager.service_url',
  'apim.key_manager.username',
  'apim.key_manager.password',
  'apim.key_manager.type',
  'apim.oauth_config.revoke_endpoint',
].map((p) => p.split('.'));

/** A key whose (string) value is a credential: password, token, secret, user name, key. */
export const CREDENTIAL_KEY = /^(?:.*_)?(?:password|secret|token|username|key)$/i;
/** A string that names a URL or a host. */
export const URL_OR_HOST = /:\/\/|localhost|wso2\.com|\.local|\b\d{1,3}(?:\.\d{1,3}){3}\b/i;

const isTable = (v) => Object.prototype.toString.call(v) === '[object Object]';
const isTableArray = (v) => Array.isArray(v) && v.length > 0 && v.every(isTable);
const strings = (v) =>
  (Array.isArray(v) ? v.flat(Infinity) : [v]).filter((s) => typeof s === 'string');
const samePath = (a, b) => a.length === b.length && a.every((s, i) => s === b[i]);
const bare = (k) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));

/** Why a value is dropped (`undefined`: kept). `segs` is its key path without array indices. */
function reasonFor(segs, value) {
  if (TOPOLOGY_TABLES.some((t) => samePath(t, segs))) return 'topology';
  if (isTable(value) || isTableArray(value)) return undefined;
  const texts = strings(value);
  if (texts.length && CREDENTIAL_KEY.test(segs[segs.length - 1])) return 'credential';
  const url = texts.find((s) => URL_OR_HOST.test(s));
  if (url !== undefined) return `url: ${url}`;
  return undefined;
}

function walkTable(table, segs, label, dropped) {
  const out = {};
  for (const key of Object.keys(table)) {
    const s = [...segs, key];
    const l = label ? `${label}.${bare(key)}` : bare(key);
    const value = table[key];
    const reason = reasonFor(s, value);
    if (reason) {
      dropped.push(`${l} (${reason})`);
      continue;
    }
    if (isTable(value)) {
      const kept = walkTable(value, s, l, dropped);
      if (Object.keys(kept).length) out[key] = kept;
      else if (!Object.keys(value).length) dropped.push(`${l} (empty)`);
      // A table of tables only (`apim`, `apim.gateway`) is explained by its members' entries.
      else if (!Object.values(value).every((v) => isTable(v) || isTableArray(v)))
        dropped.push(`${l} (empty after dropping)`);
    } else if (isTableArray(value)) {
      const items = [];
      value.forEach((item, i) => {
        const kept = walkTable(item, s, `${l}[${i}]`, dropped);
        if (Object.keys(kept).length) items.push(kept);
        else if (!Object.keys(item).length) dropped.push(`${l}[${i}] (empty)`);
        else dropped.push(`${l}[${i}] (empty after dropping)`);
      });
      if (items.length) out[key] = items;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * One parsed template → `{ kept, dropped }`: `kept` is the template without what the designer derives
 * from the topology, without URLs/hosts and credentials and without tables left empty; `dropped` lists
 * each dropped key as `"<dotted key> (<reason>)"` (a dropped table once, not its keys).
 */
export function splitTemplate(parsed) {
  const dropped = [];
  const kept = JSON.parse(JSON.stringify(walkTable(parsed, [], '', dropped)));
  return { kept, dropped };
}

/** Parses TOML text (@iarna/toml). */
export const parseToml = (text) => TOML.parse(text);

// ---------------------------------------------------------------------------------------------------
// The templates: release → kind → [tag, path] (README.md). Kinds in the designer's order.

export const KINDS = [
  'all-in-one',
  'control-plane',
  'key-manager',
  'publisher',
  'devportal',
  'gateway',
  'traffic-manager',
];
const conf = (dir) => `${dir}modules/distribution/product/src/main/conf/deployment.toml`;
const tpl = (dir, name) =>
  `${dir}modules/distribution/product/src/main/resources/conf/deployment-templates/${name}.toml`;

function legacy(version, keyManager) {
  const t = `v${version}`;
  const three = version.startsWith('3.');
  return {
    'all-in-one': [t, conf('')],
    ...(three ? {} : { 'control-plane': [t, tpl('', 'control-plane')] }),
    'key-manager': [t, tpl('', keyManager)],
    ...(three
      ? { publisher: [t, tpl('', 'api-publisher')], devportal: [t, tpl('', 'api-devportal')] }
      : {}),
    gateway: [t, tpl('', 'gateway-worker')],
    'traffic-manager': [t, tpl('', 'traffic-manager')],
  };
}

/** 4.5+: one distribution per component, each from its own tag (4.7: the components' rc2 tags). */
function components(version, suffix = '') {
  const t = `v${version}`;
  return {
    'all-in-one': [t, conf('all-in-one-apim/')],
    'control-plane': [`${t}-acp${suffix}`, conf('api-control-plane/')],
    'key-manager': [`${t}-acp${suffix}`, tpl('api-control-plane/', 'key-manager')],
    gateway: [`${t}-gw${suffix}`, conf('gateway/')],
    'traffic-manager': [`${t}-tm${suffix}`, conf('traffic-manager/')],
  };
}

export const RELEASES = {
  '3.1.0': legacy('3.1.0', 'api-key-manager'),
  '3.2.0': legacy('3.2.0', 'api-key-manager'),
  '4.0.0': legacy('4.0.0', 'api-key-manager-deprecated'),
  '4.1.0': legacy('4.1.0', 'api-key-manager-deprecated'),
  '4.2.0': legacy('4.2.0', 'api-key-manager-deprecated'),
  '4.3.0': legacy('4.3.0', 'api-key-manager-node'),
  '4.4.0': legacy('4.4.0', 'api-key-manager-node'),
  '4.5.0': components('4.5.0'),
  '4.6.0': components('4.6.0'),
  '4.7.0': components('4.7.0', '-rc2'),
};

// ---------------------------------------------------------------------------------------------------
// Reading the mirror and writing the file.

const git = (...args) =>
  execFileSync('git', ['--git-dir', MIRROR, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });

function commitOf(tag, cache) {
  if (!cache.has(tag)) cache.set(tag, git('rev-parse', '--verify', `${tag}^{commit}`).trim());
  return cache.get(tag);
}

const exists = (commit, path) => git('ls-tree', '--name-only', commit, '--', path).trim() === path;

/** The whole document, in a stable order; `missing` lists templates that are not in the mirror. */
export function buildDocument() {
  const tags = new Map();
  const doc = { _source: SOURCE, _templates: {}, _dropped: {} };
  const missing = [];
  const versions = Object.keys(RELEASES);
  for (const version of versions) {
    doc._templates[version] = {};
    doc._dropped[version] = {};
    doc[version] = {};
  }
  for (const version of versions) {
    for (const kind of KINDS) {
      const where = RELEASES[version][kind];
      if (!where) continue;
      const [tag, path] = where;
      const commit = commitOf(tag, tags);
      if (!exists(commit, path)) {
        missing.push(`${version} ${kind}: ${tag}:${path}`);
        continue;
      }
      const { kept, dropped } = splitTemplate(parseToml(git('show', `${commit}:${path}`)));
      doc._templates[version][kind] = `wso2/product-apim@${commit}:${path}`;
      doc._dropped[version][kind] = dropped;
      doc[version][kind] = kept;
    }
  }
  if (missing.length) doc._missing = missing;
  return { doc, missing };
}

export const render = (doc) => JSON.stringify(doc, null, 1) + '\n';

function main(args) {
  const check = args.includes('--check');
  const outArg = args.find((a) => a.startsWith('--out='));
  const out = outArg ? outArg.slice('--out='.length) : OUT;
  if (!existsSync(MIRROR)) {
    console.error(`no mirror at ${MIRROR} (set MIRROR_PA)`);
    process.exit(2);
  }
  const { doc, missing } = buildDocument();
  for (const m of missing) console.error(`missing template, kind left out: ${m}`);
  const text = render(doc);
  if (check) {
    const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
    if (current === text) {
      console.log(`${out} is up to date`);
      return;
    }
    const a = current.split('\n');
    const b = text.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    console.error(`${out} differs from the mirror's templates (first at line ${line + 1}):`);
    console.error(`  file:      ${a[line] ?? '(end)'}\n  generated: ${b[line] ?? '(end)'}`);
    console.error(`regenerate: node ${SCRIPT}`);
    process.exit(1);
  }
  writeFileSync(out, text);
  const counts = Object.keys(RELEASES).map((v) => `${v} ${Object.keys(doc[v]).length} kinds`);
  console.log(`wrote ${out}: ${counts.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2));
}
