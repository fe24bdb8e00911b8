import { describe, expect, it } from 'vitest';
import { codes, complete, doc, expectCode } from '../../test/validate-kit.js';

describe('zones', () => {
  it('a zone that lists a node the document does not have is reported, at the zone', () => {
    const { nodes, edges } = complete();
    const input = {
      ...doc(nodes, edges),
      zones: [{ id: 'dmz', name: 'DMZ', nodes: ['gw', 'gone'] }],
    };
    const [found] = expectCode(input, 'zone-unknown-node');
    expect(found?.path).toEqual(['zones', 0, 'nodes', 1]);
    expect(found?.message).toContain('"gone"');
    const fine = { ...doc(nodes, edges), zones: [{ id: 'dmz', name: 'DMZ', nodes: ['gw'] }] };
    expect(codes(fine)).not.toContain('zone-unknown-node');
  });
});
