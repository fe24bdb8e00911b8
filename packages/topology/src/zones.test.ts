import { describe, expect, it } from 'vitest';
import { parseTopology, Topology } from './topology.js';
import { render } from './render/index.js';
import { stripCredentials } from './share.js';

const base = {
  schemaVersion: 1,
  name: 'zones',
  apimVersion: '3.2.0',
  nodes: [
    { id: 'lb', kind: 'load-balancer', name: 'lb', host: 'gw.example.com', fronts: 'gateway' },
    { id: 'aio', kind: 'all-in-one', name: 'aio', host: 'aio.example.com' },
  ],
  edges: [{ source: 'lb', target: 'aio' }],
} as const;

describe('zones', () => {
  it('are optional: a document without them parses without a zones field', () => {
    const res = parseTopology(base);
    expect(res.ok && 'zones' in res.topology).toBe(false);
  });

  it('parse with defaults, and nest', () => {
    const res = parseTopology({
      ...base,
      zones: [
        { id: 'dc', name: 'Colombo', type: 'data-centre' },
        { id: 'dmz', name: 'DMZ', type: 'dmz', nodes: ['lb'], parent: 'dc' },
        { id: 'int', name: 'Internal', nodes: ['aio'], parent: 'dc' },
      ],
    });
    if (!res.ok) throw new Error(JSON.stringify(res.issues));
    expect(res.topology.zones?.map((z) => [z.id, z.type, z.nodes])).toEqual([
      ['dc', 'data-centre', []],
      ['dmz', 'dmz', ['lb']],
      ['int', 'other', ['aio']],
    ]);
  });

  it.each([
    [
      [
        { id: 'a', name: 'A' },
        { id: 'a', name: 'B' },
      ],
      [1, 'id'],
      'another zone has id "a"',
    ],
    [
      [
        { id: 'a', name: 'A', nodes: ['lb'] },
        { id: 'b', name: 'B', nodes: ['lb'] },
      ],
      [1, 'nodes', 0],
      'already in zone "a"',
    ],
    [[{ id: 'a', name: 'A', parent: 'nope' }], [0, 'parent'], 'no zone has id "nope"'],
    [
      [
        { id: 'a', name: 'A', parent: 'b' },
        { id: 'b', name: 'B', parent: 'a' },
      ],
      [0, 'parent'],
      'inside itself',
    ],
  ])('refuse what cannot be drawn: %j', (zones, path, message) => {
    const res = parseTopology({ ...base, zones });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.issues[0]?.path).toEqual(['zones', ...path]);
    expect(res.issues[0]?.message).toContain(message);
  });

  it('are carried by the bundle (topology.json), share links and a re-import', () => {
    const t = Topology.parse({
      ...base,
      zones: [{ id: 'dmz', name: 'DMZ', type: 'dmz', nodes: ['lb'] }],
    });
    const r = render(t);
    if (!r.ok) throw new Error('does not render');
    const json = r.files.find((f) => f.path === 'topology.json')?.contents ?? '';
    const again = parseTopology(JSON.parse(json));
    expect(again.ok && again.topology.zones).toEqual(t.zones);
    expect(stripCredentials(t).topology.zones).toEqual(t.zones);
  });

  it('do not change what is generated', () => {
    const without = render(Topology.parse(base));
    const withZones = render(
      Topology.parse({ ...base, zones: [{ id: 'z', name: 'Z', nodes: ['aio'] }] }),
    );
    if (!without.ok || !withZones.ok) throw new Error('does not render');
    const toml = (files: typeof without.files) => files.filter((f) => f.path !== 'topology.json');
    expect(toml(withZones.files)).toEqual(toml(without.files));
  });
});
