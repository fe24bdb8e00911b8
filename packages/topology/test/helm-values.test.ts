/**
 * Every values file the helm target writes sets only keys its chart's values.yaml has, with values
 * of the type they have there (test/fixtures/helm/, the inventory of each chart at the tag the
 * designer targets; packages/topology/scripts/helm-values-keys.mjs --check compares it with the charts).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  APIM_VERSIONS,
  render,
  versionFacts,
  type ApimVersion,
  type Topology,
} from '../src/index.js';
import { chartInventory, parseValues, valuesProblems } from './helm-kit.js';
import { loadExample } from './helpers.js';
import { allKindsTopology } from './topologies.js';

const HELM_VERSIONS = APIM_VERSIONS.filter((v) => versionFacts(v).helm !== null);

const EXAMPLES = readdirSync(fileURLToPath(new URL('../../../examples/', import.meta.url)))
  .filter((f) => f.endsWith('.json') && f !== 'package.json')
  .map((f) => loadExample(f))
  .filter((t) => versionFacts(t.apimVersion).helm !== null);

/** Each values file of a helm bundle with what its chart's values.yaml has to say about it. */
function problems(topology: Topology): string[] {
  const facts = versionFacts(topology.apimVersion).helm;
  if (!facts) throw new Error('no charts');
  const r = render(topology, { target: 'helm' });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
  const values = r.files.filter((f) => f.path.startsWith('values/'));
  expect(values.length).toBeGreaterThan(0);
  return values.flatMap((f) => {
    const chart = /^# Values of release [^:]+: wso2\/(\S+) /.exec(f.contents)?.[1];
    const distribution = Object.values(facts.charts).find((c) => c.name === chart);
    if (!distribution) return [`${f.path}: no chart named in its header`];
    const inventory = chartInventory(facts.branch, distribution.folder);
    return valuesProblems(inventory, parseValues(f.contents)).map((p) => `${f.path}: ${p}`);
  });
}

describe('the chart inventories', () => {
  it.each(HELM_VERSIONS)(
    '%s: one per chart, from the tag and commit the release facts name',
    (v) => {
      const facts = versionFacts(v).helm;
      if (!facts) throw new Error('no charts');
      for (const chart of Object.values(facts.charts)) {
        const inventory = chartInventory(facts.branch, chart.folder);
        expect(inventory.source).toEqual({
          repository: 'wso2/helm-apim',
          branch: facts.branch,
          tag: facts.tag,
          commit: facts.commit,
          path: `${chart.folder}/values.yaml`,
        });
        expect(inventory.chart).toEqual({ name: chart.name, version: facts.chartVersion });
        expect(Object.keys(inventory.keys).length).toBeGreaterThan(100);
      }
    },
  );
});

describe('the key check', () => {
  const inventory = chartInventory('4.7.x', 'distributed/gateway');
  it('refuses a key the chart does not have, and a value of another type', () => {
    expect(
      valuesProblems(inventory, {
        wso2: {
          deployment: { replicas: '2' },
          apim: { configurations: { jwt: { gatewayCertificateAlias: 'x' } } },
        },
      }),
    ).toEqual([
      "wso2.deployment.replicas: a string, where wso2am-universal-gw's values.yaml has a number",
      "wso2.apim.configurations.jwt.gatewayCertificateAlias: wso2am-universal-gw's values.yaml has no such key",
    ]);
  });
  it('takes what the chart has, element keys of its lists and free maps', () => {
    expect(
      valuesProblems(inventory, {
        kubernetes: { ingress: { gateway: { hostname: 'gw.example.com' } } },
        wso2: {
          apim: { configurations: { throttling: { urls: ['a', 'b'] } } },
          deployment: { envs: { JAVA_OPTS: '-Dx' } },
        },
      }),
    ).toEqual([]);
  });
  it('the 4.5 gateway chart has no syncRuntimeArtifacts (renamed in 4.6)', () => {
    const labels = {
      wso2: { apim: { configurations: { syncRuntimeArtifacts: { gateway: { labels: ['x'] } } } } },
    };
    expect(valuesProblems(chartInventory('4.5.x', 'distributed/gateway'), labels)).toHaveLength(2);
    expect(valuesProblems(chartInventory('4.6.x', 'distributed/gateway'), labels)).toEqual([]);
  });
});

describe('every generated values file', () => {
  it.each(EXAMPLES.map((t) => [t.name, t] as const))('%s', (_, topology) => {
    expect(problems(topology)).toEqual([]);
  });

  it.each(HELM_VERSIONS)('every kind at once, %s', (v: ApimVersion) => {
    const t = allKindsTopology(v);
    // Two engines would be refused (one `databases.type` per chart): one MySQL for this check.
    const doc: Topology = {
      ...t,
      nodes: t.nodes.map((n) => (n.kind === 'database' ? { ...n, engine: 'mysql' as const } : n)),
    };
    expect(problems(doc)).toEqual([]);
  });
});
