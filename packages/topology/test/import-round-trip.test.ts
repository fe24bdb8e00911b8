/**
 * Round trip (issue 8): render an example, import only its deployment.toml files (no topology.json),
 * render again: the same deployment.toml files, byte for byte, with nothing left for `extraConfig`.
 */
import { describe, expect, it } from 'vitest';
import { importConfigs } from '../src/import/index.js';
import { isApimNode, parseTopology, render, type BundleFile } from '../src/index.js';
import { loadExample } from './helpers.js';

const EXAMPLES = [
  'distributed-3.2.0.json',
  'distributed-3.1.0.json',
  'split-databases-3.2.0.json',
  'ha-3.2.0.json',
  'multiple-gateways-3.2.0.json',
  'distributed-4.4.0.json',
  'ha-4.4.0.json',
  'km-separated-4.4.0.json',
  'distributed-4.5.0.json',
  'distributed-4.6.0.json',
  'distributed-4.7.0.json',
  'ha-4.5.0.json',
  'ha-4.6.0.json',
  'ha-4.7.0.json',
  'km-separated-4.7.0.json',
];

function tomls(files: readonly BundleFile[]): BundleFile[] {
  return files.filter((f) => f.path.endsWith('/deployment.toml'));
}

describe('import round trip', () => {
  it.each(EXAMPLES)('%s: render → import the TOML files → render gives the same files', (name) => {
    const first = render(loadExample(name));
    if (!first.ok) throw new Error(JSON.stringify(first.diagnostics));
    const { topology, report } = importConfigs(tomls(first.files));
    expect(report.errors).toEqual([]);
    expect(report.unmatched).toEqual([]);
    expect(report.kept).toEqual([]);
    expect(report.added).toEqual([]);
    if (!topology) throw new Error('no topology');
    expect(topology.nodes.every((n) => !isApimNode(n) || n.extraConfig === undefined)).toBe(true);
    const parsed = parseTopology(topology);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const second = render(parsed.topology);
    if (!second.ok) throw new Error(JSON.stringify(second.diagnostics));
    expect(tomls(second.files)).toEqual(tomls(first.files));
  });

  it.each([
    ['distributed-4.5.0.json', '4.5.0', 'server_role "default"'],
    ['ha-4.6.0.json', '4.6.0', '[apim.distributed_throttling]'],
    ['distributed-4.6.0.json', '4.6.0', '[apim.gateway_notification]'],
    ['distributed-4.4.0.json', '4.4.0', 'assumed'],
  ])(
    'without the designer’s headers, %s is recognised as %s by keys only that release reads',
    (name, version, what) => {
      const first = render(loadExample(name));
      if (!first.ok) throw new Error(JSON.stringify(first.diagnostics));
      const bare = tomls(first.files).map((f) => ({
        ...f,
        contents: f.contents.replace(/^(#[^\n]*\n)+/, ''),
      }));
      const { topology, report } = importConfigs(bare);
      expect(topology?.apimVersion).toBe(version);
      expect(report.notes.find((n) => n.startsWith('API-M'))).toContain(what);
    },
  );

  it('recovers the Redis node, its connections and the encryption key', () => {
    const first = render(loadExample('ha-4.7.0.json'));
    if (!first.ok) throw new Error('example has errors');
    const { topology } = importConfigs(tomls(first.files));
    const redis = topology?.nodes.find((n) => n.kind === 'redis');
    expect(redis).toMatchObject({ host: 'redis.wso2.com', password: '$secret{redis_password}' });
    expect(
      topology?.edges
        .filter((e) => e.source === redis?.id)
        .map((e) => e.target)
        .sort(),
    ).toEqual(['apim-cp-1', 'apim-cp-2', 'traffic-manager-1', 'traffic-manager-2']);
    expect(topology?.settings.encryptionKey).toBe('$secret{encryption_key}');
  });

  it('recovers the HA clusters: balancers, their members and the members’ own hosts', () => {
    const first = render(loadExample('ha-3.2.0.json'));
    if (!first.ok) throw new Error('example has errors');
    const { topology, report } = importConfigs(tomls(first.files));
    const lbs = topology?.nodes.filter((n) => n.kind === 'load-balancer') ?? [];
    expect(lbs.map((n) => [n.id, n.host]).sort()).toEqual([
      ['devportal-lb', 'devportal.wso2.com'],
      ['gw-lb', 'gw.wso2.com'],
      ['km-lb', 'km.wso2.com'],
      ['pub-lb', 'pub.wso2.com'],
      ['tm-lb', 'tm.wso2.com'],
    ]);
    expect(topology?.nodes.find((n) => n.id === 'km2')?.host).toBe('km2.wso2.com');
    expect(topology?.edges).toContainEqual({ id: 'km-lb--km1', source: 'km-lb', target: 'km1' });
    expect(report.notes.some((n) => n.includes('km1.wso2.com') && n.includes('header'))).toBe(true);
  });

  it('uses a bundle’s topology.json as is, and says which TOML files differ from it', () => {
    const first = render(loadExample('distributed-3.2.0.json'));
    if (!first.ok) throw new Error('example has errors');
    const edited = first.files.map((f) =>
      f.path === 'gw/repository/conf/deployment.toml'
        ? { ...f, contents: `${f.contents}\n# edited\n` }
        : f,
    );
    const { topology, report } = importConfigs(edited);
    expect(report.source).toBe('topology.json');
    expect(topology).toEqual(loadExample('distributed-3.2.0.json'));
    expect(report.notes.filter((n) => n.includes('differs'))).toEqual([
      'gw/repository/conf/deployment.toml: differs from what topology.json renders (edited by hand?).',
    ]);
  });
});
