/**
 * Validation must grow linearly with the number of nodes, also when they crowd one host (issue 14:
 * 1,000 gateways on one host took 1.6 s, 2,016 imported Key Managers 2.8 s). Counted, not timed:
 * every read of a node's fields goes through a proxy, and the reads per node must not grow with n.
 */
import { describe, expect, it } from 'vitest';
import { parseTopology, type Topology } from '../topology.js';
import { validate } from './index.js';

function crowded(n: number, offset: (i: number) => number): Topology {
  const parsed = parseTopology({
    schemaVersion: 1,
    name: 'crowded',
    apimVersion: '4.4.0',
    nodes: Array.from({ length: n }, (_, i) => ({
      id: `gw${i}`,
      kind: 'gateway',
      name: `gw${i}`,
      host: 'gw.example.com',
      offset: offset(i),
    })),
    edges: [],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.topology;
}

/** Field reads of the nodes during one validation. */
function nodeReads(topology: Topology): number {
  let reads = 0;
  const counted = {
    ...topology,
    nodes: topology.nodes.map(
      (node) =>
        new Proxy(node, {
          get(target, key, receiver) {
            reads += 1;
            return Reflect.get(target, key, receiver);
          },
        }),
    ),
  };
  validate(counted);
  return reads;
}

describe('validation on one crowded host', () => {
  it.each([
    ['all at offset 0', () => 0],
    ['each at its own offset', (i: number) => i],
  ])('reads each node a bounded number of times (%s)', (_name, offset) => {
    const small = nodeReads(crowded(100, offset)) / 100;
    const large = nodeReads(crowded(800, offset)) / 800;
    // Linear work reads each node about as often at 800 nodes as at 100; quadratic, 8 times as often.
    expect(large).toBeLessThan(small * 1.5);
  });
});
