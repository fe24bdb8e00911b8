/** What a deploy target cannot express: checked only when one is chosen, each naming the node. */
import { describe, expect, it } from 'vitest';
import { loadExample } from '../../test/helpers.js';
import { codes, doc, expectCode, onTarget, type Nodes } from '../../test/validate-kit.js';
import { validate } from './index.js';

/** A 4.4 control plane, Traffic Manager and gateway on one MySQL (the distributed example). */
function fourFour(nodes: Nodes = [], edges: [string, string][] = [], extra = {}) {
  const example = loadExample('distributed-4.4.0.json');
  return {
    ...example,
    nodes: [...example.nodes, ...nodes],
    edges: [...example.edges, ...edges.map(([source, target]) => ({ source, target }))],
    ...extra,
  };
}

describe('without a target', () => {
  it('validate(topology) reports nothing about targets, as before', () => {
    for (const example of [
      'multiple-gateways-3.2.0.json',
      'distributed-2.6.0.json',
      'ha-4.7.0.json',
    ]) {
      expect(validate(loadExample(example)).filter((d) => d.code.startsWith('target-'))).toEqual(
        [],
      );
    }
  });
});

describe('compose', () => {
  it('refuses 2.x, whose bundle has no whole file to mount', () => {
    const [d] = expectCode(
      onTarget('compose', loadExample('distributed-2.6.0.json')),
      'target-release-unsupported',
    );
    expect(d?.message).toMatch(/^On Docker Compose, .*2\.6\.0.*vm target/);
  });

  it('refuses two nodes on one host, naming both and what to do', () => {
    const found = expectCode(
      onTarget(
        'compose',
        fourFour([], [], {
          nodes: fourFour().nodes.map((n) => (n.id === 'tm' ? { ...n, host: 'cp.wso2.com' } : n)),
        }),
      ),
      'target-shared-host',
    );
    expect(found.map((d) => d.nodeId)).toEqual(['tm']);
    expect(found[0]?.message).toMatch(
      /tm and cp share "cp\.wso2\.com"\. Give tm a host name of its own/,
    );
  });

  it('refuses localhost and IP addresses: the others reach a container by its name', () => {
    const found = expectCode(
      onTarget('compose', loadExample('multiple-gateways-3.2.0.json')),
      'target-unreachable-host',
    );
    expect(found.map((d) => d.nodeId)).toEqual(['instance-1', 'instance-2', 'instance-3']);
    const ip = fourFour([], [], {
      nodes: fourFour().nodes.map((n) => (n.id === 'gw' ? { ...n, host: '10.0.0.7' } : n)),
    });
    expect(codes(onTarget('compose', ip))).toContain('target-unreachable-host');
  });

  it.each(['oracle', 'db2', 'mssql', 'h2'] as const)(
    'refuses %s: no image runs its scripts',
    (engine) => {
      const example = fourFour();
      const nodes = example.nodes.map((n) => (n.kind === 'database' ? { ...n, engine } : n));
      const [d] = expectCode(onTarget('compose', { ...example, nodes }), 'target-no-image');
      expect(d?.nodeId).toBe('db');
      expect(d?.message).toMatch(/Use MySQL or PostgreSQL/);
    },
  );

  it('warns of rsync between gateways and of Redis over TLS', () => {
    const ha = loadExample('ha-4.6.0.json');
    const nodes = ha.nodes.map((n) =>
      n.kind === 'load-balancer' && n.fronts === 'gateway'
        ? { ...n, artifactSync: 'rsync' as const }
        : n.kind === 'redis'
          ? { ...n, ssl: true }
          : n,
    );
    const found = expectCode(onTarget('compose', { ...ha, nodes }), 'target-not-expressible');
    expect(found.map((d) => d.nodeId).sort()).toEqual(['gw-lb', 'redis']);
  });

  it('says where a port is published when another service has it first', () => {
    const found = expectCode(
      onTarget('compose', loadExample('distributed-4.4.0.json')),
      'target-port-remapped',
    );
    expect(found.map((d) => d.nodeId)).toEqual(['tm', 'gw']);
    expect(found[0]?.message).toContain('9443 → 9444');
  });
});

describe('a doc() document', () => {
  it('is valid on the vm target and reports no target code there', () => {
    expect(codes(onTarget('vm', doc([]))).filter((c) => c.startsWith('target-'))).toEqual([]);
  });
});
