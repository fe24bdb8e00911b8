import { parseTopology, type Diagnostic, type Topology } from '@apim-designer/topology';
import { describe, expect, it } from 'vitest';
import example from '@apim-designer/examples/distributed-3.2.0.json';
import { introducedDiagnostics, topologyChanges, versionChanges } from './changes.js';

function distributed(): Topology {
  const res = parseTopology(example);
  if (!res.ok) throw new Error('example does not parse');
  return res.topology;
}

const lines = (unified: string) => unified.split('\n');

describe('versionChanges', () => {
  it('3.2.0 → 3.1.0: the Key Manager loses its token-revocation [[event_listener]]', () => {
    const c = versionChanges(distributed(), '3.1.0');
    expect(c.scope).toBe('bundle');
    expect(c.after.apimVersion).toBe('3.1.0');
    const km = c.groups.find((g) => g.node === 'km');
    const file = km?.files.find((f) => f.path === 'km/repository/conf/deployment.toml');
    expect(file?.change).toBe('changed');
    expect(lines(file?.unified ?? '')).toContain('-[[event_listener]]');
    // Shared files (README, topology.json) come last, under no node.
    expect(c.groups[c.groups.length - 1]?.node).toBeNull();
    expect(c.errors).toBe(0);
  });

  it('3.2.0 → 4.2.0: the roles 4.x folds into the Control Plane do not carry over', () => {
    const c = versionChanges(distributed(), '4.2.0');
    const lost = c.introduced.filter((d) => d.code === 'kind-not-in-version');
    expect(lost.map((d) => d.nodeId).sort()).toEqual(['km', 'pub', 'store']);
    expect(c.errors).toBeGreaterThan(0);
    // The bundle is refused, so each node's own file is compared instead.
    expect(c.scope).toBe('preview');
    expect(c.groups.some((g) => g.node === 'gw' && g.files.length === 1)).toBe(true);
  });

  it('to the same version: nothing changes and nothing is introduced', () => {
    const c = versionChanges(distributed(), '3.2.0');
    expect(c.groups).toEqual([]);
    expect(c.introduced).toEqual([]);
  });
});

describe('topologyChanges', () => {
  it('shows the files a host change touches, under the nodes they belong to', () => {
    const a = distributed();
    const b = {
      ...a,
      nodes: a.nodes.map((n) => (n.name === 'gw' ? { ...n, host: 'edge.example.org' } : n)),
    };
    const c = topologyChanges(a, b);
    const gw = c.groups.find((g) => g.node === 'gw');
    expect(gw?.files[0]?.unified).toContain('+hostname = "edge.example.org"');
  });
});

describe('introducedDiagnostics', () => {
  it('keeps those at a new place or with a new code', () => {
    const d = (message: string, nodeId: string): Diagnostic => ({
      code: 'missing-gateway',
      severity: 'error',
      message,
      nodeId,
    });
    expect(
      introducedDiagnostics([d('x', 'a')], [d('y', 'a'), d('z', 'b')]).map((x) => x.nodeId),
    ).toEqual(['b']);
  });
});
