import { describe, expect, it } from 'vitest';
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
