/**
 * Properties of the deploy targets over mutated examples (hosts, offsets, engines, passwords): for
 * every target, validation and rendering never throw; a bundle is rendered exactly when validation
 * for that target finds no error; every compose file and values file reads back as YAML; every values
 * file keeps to its chart's keys.
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DATABASE_ENGINES,
  DEPLOY_TARGETS,
  hasErrors,
  parseTopology,
  render,
  validate,
  versionFacts,
  type Topology,
} from '../src/index.js';
import { parseYaml } from '../src/yaml.js';
import { chartInventory, valuesProblems } from './helm-kit.js';
import { loadExample } from './helpers.js';

const EXAMPLES = readdirSync(fileURLToPath(new URL('../../../examples/', import.meta.url)))
  .filter((f) => f.endsWith('.json') && f !== 'package.json')
  .map((f) => loadExample(f));

const HOSTS = ['a.example.com', 'b.example.com', 'c', 'localhost', '10.0.0.7', 'gw.wso2.com'];
const SECRETS = ['plain', '$env{SOME_PASSWORD}', '$secret{some_password}', 'with $ dollar'];

const mutated: fc.Arbitrary<Topology> = fc
  .record({
    example: fc.constantFrom(...EXAMPLES),
    changes: fc.array(
      fc.record({
        node: fc.nat(),
        host: fc.option(fc.constantFrom(...HOSTS)),
        offset: fc.option(fc.nat({ max: 5 })),
        engine: fc.option(
          fc.constantFrom(...(Object.keys(DATABASE_ENGINES) as (keyof typeof DATABASE_ENGINES)[])),
        ),
        password: fc.option(fc.constantFrom(...SECRETS)),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ example, changes }) => {
    const nodes = example.nodes.map((n) => ({ ...n }) as Record<string, unknown>);
    for (const c of changes) {
      const n = nodes[c.node % nodes.length];
      if (!n) continue;
      if (c.host !== null) n.host = c.host;
      if (c.offset !== null && 'offset' in n) n.offset = c.offset;
      if (c.engine !== null && n.kind === 'database') n.engine = c.engine;
      if (c.password !== null && n.kind === 'database') n.password = c.password;
    }
    const parsed = parseTopology({ ...example, nodes });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.topology;
  });

describe('deploy targets over mutated examples', () => {
  it('validate and render agree, never throw, and write YAML that reads back', () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom(...DEPLOY_TARGETS), (topology, target) => {
        const diagnostics = validate(topology, { target });
        const r = render(topology, { target });
        expect(r.ok).toBe(!hasErrors(diagnostics));
        if (!r.ok) return;
        expect(r.files.some((f) => f.path === 'topology.json')).toBe(true);
        expect(r.files.some((f) => f.path === 'README.md')).toBe(true);
        for (const f of r.files)
          if (f.path.endsWith('.yaml')) expect(() => parseYaml(f.contents), f.path).not.toThrow();
        const helm = versionFacts(topology.apimVersion).helm;
        if (target !== 'helm' || !helm) return;
        for (const f of r.files.filter((x) => x.path.startsWith('values/'))) {
          const chart = /^# Values of release [^:]+: wso2\/(\S+) /.exec(f.contents)?.[1];
          const folder = Object.values(helm.charts).find((c) => c.name === chart)?.folder ?? '';
          expect(
            valuesProblems(chartInventory(helm.branch, folder), parseYaml(f.contents)),
          ).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
