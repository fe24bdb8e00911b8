/**
 * The helm target's key check: a generated values file may set only key paths the chart's
 * values.yaml has, each with a value of the type it has there (test/fixtures/helm/: the inventory of
 * each chart's values.yaml at the release tag the designer targets, written by
 * scripts/helm-values-keys.mjs with the same path notation).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export interface ChartInventory {
  readonly source: {
    readonly repository: string;
    readonly branch: string;
    readonly tag: string;
    readonly commit: string;
    readonly path: string;
  };
  readonly chart: { readonly name: string; readonly version: string };
  readonly keys: Readonly<Record<string, string>>;
}

const FIXTURES = fileURLToPath(new URL('./fixtures/helm/', import.meta.url));

/** The inventory of a chart, by branch and chart folder (`distributed/gateway` → `gateway`). */
export function chartInventory(branch: string, folder: string): ChartInventory {
  const id = folder.slice(folder.lastIndexOf('/') + 1);
  return JSON.parse(readFileSync(`${FIXTURES}${branch}/${id}.json`, 'utf8')) as ChartInventory;
}

function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'string') return 'string';
  return 'object';
}

function segment(prefix: string, key: string): string {
  const seg = /^[^.[\]"]+$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  return !prefix ? seg : seg.startsWith('[') ? `${prefix}${seg}` : `${prefix}.${seg}`;
}

/** `[path, type]` of every leaf and every array of a values object, as the inventory writes them. */
export function keyPaths(
  value: unknown,
  prefix = '',
  out: [string, string][] = [],
): [string, string][] {
  const t = typeOf(value);
  if (t === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.push([prefix, 'object']);
    for (const [k, v] of entries) keyPaths(v, segment(prefix, k), out);
  } else if (t === 'array') {
    out.push([prefix, 'array']);
    for (const el of value as unknown[]) keyPaths(el, `${prefix}[]`, out);
  } else out.push([prefix, t]);
  return out;
}

/** Maps whose keys are free in every chart (the values.yaml shows an example entry or none). */
const OPEN_MAPS = [
  'wso2.apim.configurations.userStore.properties',
  'wso2.deployment.envs',
  'wso2.deployment.pod.annotations',
  'wso2.deployment.pod.labels',
  'wso2.deployment.nodeSelector',
];

/**
 * What is wrong with a values object for a chart: keys it does not have, values of another type.
 * `null` in the chart takes any value (an empty `key:`); number and string are not interchangeable,
 * since the templates print them differently (bare or quoted TOML).
 */
export function valuesProblems(inventory: ChartInventory, values: unknown): string[] {
  const keys = inventory.keys;
  const problems: string[] = [];
  for (const [path, type] of keyPaths(values)) {
    const want = keys[path];
    if (want !== undefined) {
      const ok = want.split('|');
      if (!ok.includes('null') && !ok.includes(type))
        problems.push(
          `${path}: a ${type}, where ${inventory.chart.name}'s values.yaml has a ${want}`,
        );
      continue;
    }
    if (OPEN_MAPS.some((m) => path.startsWith(`${m}.`) || path.startsWith(`${m}[`))) continue;
    const freeAncestor = Object.entries(keys).some(
      ([k, t]) =>
        (path.startsWith(`${k}.`) || path.startsWith(`${k}[`)) &&
        t.split('|').some((x) => x === 'null' || x === 'object'),
    );
    if (freeAncestor) continue;
    problems.push(`${path}: ${inventory.chart.name}'s values.yaml has no such key`);
  }
  return problems;
}

export function parseValues(text: string): unknown {
  return parse(text, { version: '1.1' });
}
