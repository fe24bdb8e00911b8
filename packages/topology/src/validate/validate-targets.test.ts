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

describe('helm', () => {
  it("refuses releases without a chart the designer targets, naming WSO2's branch where there is one", () => {
    const [three] = expectCode(
      onTarget('helm', loadExample('distributed-3.2.0.json')),
      'target-release-unsupported',
    );
    expect(three?.message).toMatch(/helm-apim has a 3\.2\.x branch/);
    const [two] = expectCode(
      onTarget('helm', loadExample('distributed-2.6.0.json')),
      'target-release-unsupported',
    );
    expect(two?.message).toMatch(/WSO2 publishes no Helm chart for API-M 2\.6\.0/);
  });

  it('refuses one release on two database engines', () => {
    const example = fourFour(
      [
        {
          id: 'pg',
          kind: 'database',
          name: 'pg',
          host: 'pg.wso2.com',
          engine: 'postgresql',
          sharedDbName: null,
        },
      ],
      [['pg', 'cp']],
    );
    const nodes = example.nodes.map((n) => (n.id === 'db' ? { ...n, apimDbName: null } : n));
    const found = expectCode(
      onTarget('helm', { ...example, nodes }),
      'target-mixed-database-engines',
    );
    expect(found.map((d) => d.nodeId)).toEqual(['cp']);
  });

  it('4.7: the charts need the shared encryption key', () => {
    const one = loadExample('all-in-one-4.7.0.json');
    const settings = { ...one.settings, encryptionKey: undefined };
    expectCode(onTarget('helm', { ...one, settings }), 'target-value-required');
  });

  it('refuses a release routed by an IP address', () => {
    const example = fourFour();
    const nodes = example.nodes.map((n) => (n.id === 'gw' ? { ...n, host: '10.0.0.7' } : n));
    const found = expectCode(onTarget('helm', { ...example, nodes }), 'target-unreachable-host');
    expect(found.map((d) => d.nodeId)).toEqual(['gw']);
  });

  it('warns of what the charts cannot say: a Traffic Manager offset, two 4.7 gateways on a database', () => {
    const example = fourFour();
    const nodes = example.nodes.map((n) => (n.id === 'tm' ? { ...n, offset: 3 } : n));
    const found = expectCode(onTarget('helm', { ...example, nodes }), 'target-not-expressible');
    expect(found.map((d) => d.nodeId)).toContain('tm');
    expect(found.find((d) => d.nodeId === 'tm')?.message).toMatch(/without an offset/);
    const seven = codes(onTarget('helm', loadExample('distributed-4.7.0.json')));
    expect(seven).toContain('target-not-expressible');
  });

  it('nothing for a design the charts carry whole', () => {
    expect(
      codes(onTarget('helm', loadExample('all-in-one-4.7.0.json'))).filter((c) =>
        c.startsWith('target-'),
      ),
    ).toEqual([]);
  });
});

describe('a doc() document', () => {
  it('is valid on the vm target and reports no target code there', () => {
    expect(codes(onTarget('vm', doc([]))).filter((c) => c.startsWith('target-'))).toEqual([]);
  });
});
