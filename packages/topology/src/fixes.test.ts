import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupDiagnostics } from './fixes.js';
import { parseTopology, type Topology } from './topology.js';
import { validate } from './validate/index.js';

const raw = JSON.parse(
  readFileSync(new URL('../../../examples/distributed-3.2.0.json', import.meta.url), 'utf8'),
) as { nodes: { id: string }[]; edges: { source: string; target: string }[] };

function doc(value: unknown): Topology {
  const res = parseTopology(value);
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res.topology;
}

const withoutDbEdges = doc({
  ...raw,
  edges: raw.edges.filter((e) => e.source !== 'db' && e.target !== 'db'),
});

describe('groupDiagnostics', () => {
  it('one missing database is one group with one fix, and the fix removes the cause', () => {
    const list = validate(withoutDbEdges);
    const groups = groupDiagnostics(withoutDbEdges, list);
    const db = groups.find((g) => g.key === 'no-shared-database');
    expect(db?.severity).toBe('error');
    // Four errors and five warnings of the nodes, and the idle database.
    expect(db?.diagnostics).toHaveLength(10);
    expect(db?.title).toContain('5 nodes use no shared database (km, pub, store, tm, gw)');
    const fix = db?.fixes[0];
    expect(fix?.type).toBe('connect');
    if (fix?.type !== 'connect') return;
    expect(fix.label).toBe('Connect every node that needs a database to db');
    const fixed = {
      ...withoutDbEdges,
      edges: [
        ...withoutDbEdges.edges,
        ...fix.pairs.map(([source, target]) => ({ source, target })),
      ],
    };
    const codes = validate(fixed).map((d) => d.code);
    expect(codes).not.toContain('apim-db-not-shared');
    expect(codes).not.toContain('embedded-database');
    expect(codes).not.toContain('unused-node');
    // Every diagnostic is in exactly one group.
    expect(groups.flatMap((g) => g.diagnostics)).toHaveLength(list.length);
  });

  it('with no database at all, the fix adds one and connects the nodes to it', () => {
    const t = doc({
      ...raw,
      nodes: raw.nodes.filter((n) => n.id !== 'db'),
      edges: withoutDbEdges.edges,
    });
    const db = groupDiagnostics(t, validate(t)).find((g) => g.key === 'no-shared-database');
    expect(db?.fixes[0]).toMatchObject({
      type: 'add-node',
      kind: 'database',
      connect: ['km', 'pub', 'store', 'tm', 'gw'],
    });
  });

  it('a plain-text password gets a placeholder; settings problems open Settings', () => {
    const groups = groupDiagnostics(withoutDbEdges, validate(withoutDbEdges));
    const password = groups.find((g) => g.diagnostics[0]?.code === 'plaintext-password');
    expect(password?.fixes).toEqual([
      {
        type: 'set',
        label: 'Replace with a placeholder',
        path: ['nodes', 5, 'password'],
        value: '$env{DB_DB_PASSWORD}',
      },
    ]);
    const keystore = groups.find((g) => g.diagnostics[0]?.code === 'default-keystore-password');
    expect(keystore?.fixes).toEqual([
      { type: 'settings', label: 'Open Settings', path: ['settings', 'keystore', 'password'] },
    ]);
    const admin = groups.find((g) => g.diagnostics[0]?.code === 'default-admin-credentials');
    expect(admin?.fixes.map((f) => f.type)).toEqual(['set', 'settings']);
  });

  it('nodes that reach no Key Manager are one group, connected to the only one by one fix', () => {
    const t = doc({
      ...raw,
      edges: raw.edges.filter((e) => e.source !== 'km' && e.target !== 'km'),
    });
    const group = groupDiagnostics(t, validate(t)).find((g) => g.key === 'missing-key-manager');
    expect(group?.diagnostics.length).toBeGreaterThan(1);
    const fix = group?.fixes[0];
    expect(fix?.type === 'connect' && fix.pairs.every(([, to]) => to === 'km')).toBe(true);
  });
});
