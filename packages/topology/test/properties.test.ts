/**
 * Property-based tests of the core (issue 6), over generated topologies, valid and invalid.
 */
import { parse as iarnaParse } from '@iarna/toml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CERT_SETTINGS } from './helpers.js';
import { unknownKeys } from './inventory-kit.js';
import {
  APIM_KINDS,
  APIM_VERSIONS,
  DATABASE_ENGINES,
  KINDS,
  NODE_KINDS,
  TopologyModel,
  configPath,
  isApimNode,
  nodeFolder,
  parseToml,
  parseTopology,
  portAt,
  previewNode,
  render,
  validate,
  versionFacts,
  type DiagnosticCode,
  type Topology,
  type TopologyInput,
  shippedDefaults,
} from '../src/index.js';

const HOSTILE = [
  'quote " and \\ backslash',
  'line\nbreak',
  'a]b',
  '[server]',
  'x = 1',
  '# not a comment',
  '$ref{server.offset}',
  '${carbon.home}',
  '$env{HOME}',
  'ünïcødé ✓ 日本語',
  'control \u0000\u0007\u001b chars',
  '<img src=x onerror=alert(1)>',
  '../../etc/passwd',
  'C:\\Windows',
  'x'.repeat(1000),
];

const text = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }));
const host = fc.oneof(
  fc.constantFrom('a.example.com', 'b.example.com', 'localhost', '10.0.0.1', '::1', 'fe80::1'),
  fc.constantFrom('', 'bad host', 'x_y.com', '[server]', '999.1.1.1', 'a..b'),
);

/** Any document the schema accepts, most of them with errors. */
const anyTopology: fc.Arbitrary<TopologyInput> = fc
  .record({
    version: fc.constantFrom(...APIM_VERSIONS),
    nodes: fc.array(
      fc.record({
        kind: fc.constantFrom(...NODE_KINDS),
        name: text,
        host,
        offset: fc.nat({ max: 6 }),
        envName: text,
        description: text,
        fronts: fc.constantFrom(...APIM_KINDS),
        engine: fc.constantFrom(
          ...(Object.keys(DATABASE_ENGINES) as (keyof typeof DATABASE_ENGINES)[]),
        ),
        sync: fc.constantFrom(undefined, 'database', 'shared-file-system', 'rsync'),
        hazelcast: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    edges: fc.array(fc.tuple(fc.nat({ max: 13 }), fc.nat({ max: 13 })), { maxLength: 30 }),
  })
  .map(({ version, nodes, edges }) => ({
    schemaVersion: 1 as const,
    name: 'generated',
    apimVersion: version,
    nodes: nodes.map((n, i) => {
      const base = { id: `n${i}`, name: n.name.slice(0, 128), host: n.host };
      switch (n.kind) {
        case 'load-balancer':
          return {
            ...base,
            kind: n.kind,
            fronts: n.fronts,
            hazelcast: n.hazelcast,
            ...(n.sync ? { artifactSync: n.sync } : {}),
          };
        case 'database':
          return { ...base, kind: n.kind, engine: n.engine };
        case 'gateway':
        case 'all-in-one':
          return {
            ...base,
            kind: n.kind,
            offset: n.offset,
            environment: {
              name: n.envName.slice(0, 1024),
              description: n.description.slice(0, 1024),
            },
          };
        default:
          return { ...base, kind: n.kind, offset: n.offset };
      }
    }),
    edges: edges.map(([a, b]) => ({ source: `n${a}`, target: `n${b}` })),
  }));

function parsed(input: TopologyInput): Topology | null {
  const r = parseTopology(input);
  return r.ok ? r.topology : null;
}

const REQUIRED: readonly [string, string, DiagnosticCode][] = [
  ['gw', 'km', 'missing-key-manager'],
  ['gw', 'tm', 'missing-traffic-manager'],
  ['pub', 'km', 'missing-key-manager'],
  ['pub', 'tm', 'missing-traffic-manager'],
  ['pub', 'gw', 'missing-gateway'],
  ['dp', 'km', 'missing-key-manager'],
  ['dp', 'tm', 'missing-traffic-manager'],
  ['dp', 'gw', 'missing-gateway'],
];

/** Valid distributed topologies: random names, hosts, offsets (distinct per host), version, hostile environment text. */
const validTopology: fc.Arbitrary<Topology> = fc
  .record({
    // The five-role topology is 3.x; 4.x generation has its own golden and inventory tests.
    version: fc.constantFrom('3.1.0' as const, '3.2.0' as const),
    names: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), {
      minLength: 6,
      maxLength: 6,
      selector: (s) => nodeFolder(s),
    }),
    hosts: fc.array(fc.constantFrom('a.example.com', 'b.example.com', '10.0.0.7'), {
      minLength: 6,
      maxLength: 6,
    }),
    offsets: fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
    envName: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}$/),
    description: fc.constantFrom('plain', 'quote " \\ ] [server] = # x', 'ünïcødé\nsecond line'),
    engine: fc.constantFrom('mysql', 'postgresql', 'oracle', 'mssql', 'db2', 'h2'),
  })
  .map(({ version, names, hosts, offsets, envName, description, engine }) => {
    const ids = ['km', 'tm', 'pub', 'dp', 'gw', 'db'];
    const kinds = [
      'key-manager',
      'traffic-manager',
      'publisher',
      'devportal',
      'gateway',
      'database',
    ] as const;
    const nodes = ids.map((id, i) => {
      const base = { id, name: names[i] ?? id, host: hosts[i] ?? 'a.example.com' };
      const kind = kinds[i] ?? 'key-manager';
      if (kind === 'database') return { ...base, kind, engine, port: 40000 };
      if (kind === 'gateway')
        return {
          ...base,
          kind,
          offset: offsets[i] ?? 0,
          environment: { name: envName, description },
        };
      return { ...base, kind, offset: offsets[i] ?? 0 };
    });
    const edges = [
      ...REQUIRED.map(([a, b]) => [a, b]),
      ['pub', 'dp'],
      ['km', 'tm'],
      ...ids.slice(0, 5).map((n) => ['db', n]),
    ];
    const doc = parsed({
      schemaVersion: 1,
      name: 'valid',
      apimVersion: version,
      settings: CERT_SETTINGS,
      nodes,
      edges: edges.map(([source, target]) => ({ source: source ?? '', target: target ?? '' })),
    } as TopologyInput);
    if (!doc) throw new Error('generator produced an unparsable document');
    return doc;
  });

const RUNS = { numRuns: 150 };

// Each property renders up to 150 documents: seconds on a loaded machine, not the default 5.
describe('properties of validation and rendering', { timeout: 60_000 }, () => {
  it('validation never throws, whatever the document', () => {
    fc.assert(
      fc.property(anyTopology, (input) => {
        const t = parsed(input);
        if (t) expect(Array.isArray(validate(t))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('rendering never throws on a document without errors, and refuses one with errors', () => {
    fc.assert(
      fc.property(anyTopology, (input) => {
        const t = parsed(input);
        if (!t) return;
        const r = render(t);
        expect(r.ok).toBe(!validate(t).some((d) => d.severity === 'error'));
      }),
      { numRuns: 400 },
    );
  });

  it('valid topologies render; every TOML file parses back (with two parsers) to what the model says', () => {
    fc.assert(
      fc.property(validTopology, (t) => {
        const r = render(t);
        expect(r.ok, JSON.stringify(r.diagnostics)).toBe(true);
        if (!r.ok) return;
        const files = new Map(r.files.map((f) => [f.path, f.contents]));
        const model = new TopologyModel(t);
        const envNames = t.nodes.flatMap((n) => (n.kind === 'gateway' ? [n.environment.name] : []));
        for (const node of model.apimNodes()) {
          const text = files.get(configPath(node)) ?? '';
          const data = parseToml(text);
          expect(JSON.parse(JSON.stringify(iarnaParse(text)))).toEqual(data);
          const server = data.server as Record<string, unknown>;
          expect(server.hostname).toBe(node.host);
          expect(server.offset).toBe(node.offset);
          expect(server.server_role).toBe(KINDS[node.kind].serverRole(versionFacts(t.apimVersion)));
          const apim = data.apim as Record<string, Record<string, unknown>> | undefined;
          const km = model.nodesWithRole('key-manager')[0];
          if (km && apim?.key_manager) {
            expect(apim.key_manager.service_url).toBe(
              `https://${km.host.includes(':') ? `[${km.host}]` : km.host}:${portAt('https', km.offset)}/services/`,
            );
          }
          if (node.kind === 'publisher' || node.kind === 'devportal') {
            const envs = (apim?.gateway as { environment: { name: string; description: string }[] })
              .environment;
            expect(envs.map((e) => e.name)).toEqual(envNames);
            const gw = t.nodes.find((n) => n.kind === 'gateway');
            expect(envs[0]?.description).toBe(
              gw?.kind === 'gateway' ? gw.environment.description : '',
            );
          }
          // One value per field: only the tables the generators write, and WSO2's shipped defaults.
          const shipped = Object.keys(shippedDefaults(t.apimVersion, node.kind) ?? {});
          const allowed = [
            ...shipped,
            'server',
            'transport',
            'user_store',
            'super_admin',
            'database',
            'keystore',
            'truststore',
            'apim',
            'event_listener',
            'clustering',
            'secrets',
          ];
          for (const k of Object.keys(data)) expect(allowed).toContain(k);
        }
      }),
      RUNS,
    );
  });

  it('valid topologies write only keys their release reads (the key inventory)', () => {
    fc.assert(
      fc.property(validTopology, (t) => {
        expect(unknownKeys(t)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('the same input gives byte-identical output', () => {
    fc.assert(
      fc.property(validTopology, (t) => {
        expect(render(structuredClone(t))).toEqual(render(t));
      }),
      { numRuns: 50 },
    );
  });

  it('removing any one required edge yields the error diagnostic for it', () => {
    fc.assert(
      fc.property(validTopology, fc.constantFrom(...REQUIRED), (t, [a, b, code]) => {
        const edges = t.edges.filter(
          (e) => !((e.source === a && e.target === b) || (e.source === b && e.target === a)),
        );
        const found = validate({ ...t, edges }).filter((d) => d.code === code);
        expect(found.map((d) => d.nodeId)).toContain(a);
        expect(found.every((d) => d.severity === 'error')).toBe(true);
      }),
      RUNS,
    );
  });

  it('a node preview never throws, even on a document with errors, and matches the bundle when it renders', () => {
    fc.assert(
      fc.property(anyTopology, (input) => {
        const t = parsed(input);
        if (!t) return;
        const r = render(t);
        for (const n of t.nodes) {
          const preview = previewNode(t, n.id);
          if (r.ok && isApimNode(n)) expect(preview).not.toBeNull();
          if (preview && r.ok)
            expect(r.files.find((f) => f.path === preview.path)?.contents).toBe(preview.contents);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('bundle paths are safe and unique, whatever the names', () => {
    fc.assert(
      fc.property(anyTopology, (input) => {
        const t = parsed(input);
        if (!t) return;
        const r = render(t);
        if (!r.ok) return;
        const paths = r.files.map((f) => f.path);
        expect(new Set(paths).size).toBe(paths.length);
        for (const p of paths) {
          expect(p).not.toMatch(/(^|\/)\.\.(\/|$)|^\/|\\|^[A-Za-z]:/);
        }
        for (const n of t.nodes.filter(isApimNode))
          expect(paths).toContain(configPath(n, t.apimVersion));
      }),
      { numRuns: 300 },
    );
  });
});
