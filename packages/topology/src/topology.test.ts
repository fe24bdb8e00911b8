import { describe, expect, it } from 'vitest';
import { LIMITS } from './fields.js';
import { formatPath, parseTopology } from './topology.js';

const base = { schemaVersion: 1, name: 't', apimVersion: '3.2.0', edges: [] };

describe('parseTopology', () => {
  it('fills the defaults a hand-written document leaves out', () => {
    const r = parseTopology({
      ...base,
      nodes: [{ id: 'gw', kind: 'gateway', name: 'gw', host: 'gw.example.com' }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.topology.nodes[0]).toMatchObject({
      offset: 0,
      environment: {
        name: 'Production and Sandbox',
        type: 'hybrid',
        displayInApiConsole: true,
        showAsTokenEndpointUrl: true,
      },
    });
    expect(r.topology.settings.superAdmin).toEqual({ username: 'admin', password: 'admin' });
    expect(r.topology.settings.userStoreType).toBe('database_unique_id');
  });

  it.each([
    [{ ...base, nodes: [{ id: 'a', kind: 'gatewy', name: 'a', host: 'h' }] }, 'nodes[0].kind'],
    [{ ...base, nodes: [{ id: 'a', kind: 'gateway', name: 'a' }] }, 'nodes[0].host'],
    [
      { ...base, nodes: [{ id: 'a', kind: 'gateway', name: 'a', host: 'h', offset: -1 }] },
      'nodes[0].offset',
    ],
    [
      { ...base, nodes: [{ id: 'a', kind: 'gateway', name: 'a', host: 'h', offset: 1.5 }] },
      'nodes[0].offset',
    ],
    [
      { ...base, nodes: [{ id: 'a', kind: 'gateway', name: 'a', host: 'h', enviroment: {} }] },
      'nodes[0]',
    ],
    [
      { ...base, nodes: [{ id: 'a', kind: 'database', name: 'a', host: 'h', engine: 'sqlite' }] },
      'nodes[0].engine',
    ],
    [{ ...base, apimVersion: '9.9.9', nodes: [] }, 'apimVersion'],
    [{ ...base, nodes: [], edges: [{ source: 'a' }] }, 'edges[0].target'],
    [{ ...base, schemaVersion: 2, nodes: [] }, 'schemaVersion'],
    [
      {
        ...base,
        nodes: [{ id: 'a', kind: 'load-balancer', name: 'a', host: 'h', fronts: 'database' }],
      },
      'nodes[0].fronts',
    ],
  ])('says what is wrong and where (%#: %s)', (input, where) => {
    const r = parseTopology(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => formatPath(i.path))).toContain(where);
    for (const i of r.issues) expect(i.message.length).toBeGreaterThan(5);
  });

  it('refuses strings past their limits', () => {
    const r = parseTopology({
      ...base,
      nodes: [{ id: 'a', kind: 'gateway', name: 'x'.repeat(10_000), host: 'h' }],
    });
    expect(r.ok).toBe(false);
  });
});

describe('extraConfig', () => {
  const withExtra = (extraConfig: unknown) => ({
    ...base,
    nodes: [{ id: 'gw', kind: 'gateway', name: 'gw', host: 'gw.example.com', extraConfig }],
  });
  const nested = (levels: number): unknown =>
    levels === 1 ? { key: 'v' } : { level: nested(levels - 1) };

  it('keeps nested tables, arrays of tables and scalars as they are', () => {
    const extra = {
      apim: { analytics: { enable: true, config: { port: 9443, ratio: 0.5 } } },
      event_listener: [{ id: 'a', properties: { notification_endpoint: '$env{URL}' } }],
      list: [1, 2, [3, 'x']],
    };
    const r = parseTopology(withExtra(extra));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const gw = r.topology.nodes[0];
    expect(gw && 'extraConfig' in gw ? gw.extraConfig : undefined).toEqual(extra);
  });

  it(`takes ${LIMITS.extraConfigDepth} levels of nesting and refuses one more, without walking it all`, () => {
    expect(parseTopology(withExtra(nested(LIMITS.extraConfigDepth))).ok).toBe(true);
    const deep = parseTopology(withExtra(nested(LIMITS.extraConfigDepth + 1)));
    expect(deep.ok).toBe(false);
    // Hostile nesting is refused at the limit: no stack overflow.
    let hostile: unknown = 1;
    for (let i = 0; i < 100_000; i++) hostile = [hostile];
    const r = parseTopology(withExtra({ a: hostile }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.message).toBe(`nested deeper than ${LIMITS.extraConfigDepth} levels`);
  });

  it.each([
    [{ a: { b: null } }, 'nodes[0].extraConfig.a.b', 'null: expected'],
    [
      { a: ['x', { b: 'y'.repeat(LIMITS.textLength * 8 + 1) }] },
      'nodes[0].extraConfig.a[1].b',
      'longer than',
    ],
    [{ a: Array.from({ length: 257 }, () => 1) }, 'nodes[0].extraConfig.a', 'more than 256'],
    [
      { a: { ['k'.repeat(LIMITS.nameLength + 1)]: 1 } },
      `nodes[0].extraConfig.a.${'k'.repeat(LIMITS.nameLength + 1)}`,
      'key longer',
    ],
    [
      { ['k'.repeat(LIMITS.nameLength + 1)]: 1 },
      `nodes[0].extraConfig.${'k'.repeat(LIMITS.nameLength + 1)}`,
      'Invalid key in record',
    ],
    [
      { a: Array.from({ length: 200 }, () => 'v'.repeat(400)) },
      'nodes[0].extraConfig',
      `larger than ${LIMITS.extraConfigBytes}`,
    ],
  ])('refuses %#, saying where', (extra, where, message) => {
    const r = parseTopology(withExtra(extra));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => formatPath(i.path))).toContain(where);
    expect(r.issues.find((i) => formatPath(i.path) === where)?.message).toContain(message);
  });
});
