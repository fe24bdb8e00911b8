import { describe, expect, it } from 'vitest';
import { EMPTY_TOPOLOGY } from '../model/empty-topology.js';
import { checkTopology } from './compute-feedback.js';
import { EMPTY_CHECKS } from './empty-checks.js';

describe('EMPTY_CHECKS', () => {
  it('are what the core computes for the empty document', () => {
    const computed = checkTopology(EMPTY_TOPOLOGY);
    expect(EMPTY_CHECKS.diagnostics).toEqual(computed.diagnostics);
    expect(EMPTY_CHECKS.groups).toEqual(computed.groups);
    expect(EMPTY_CHECKS.ok).toBe(computed.ok);
    expect(EMPTY_CHECKS.pending).toBe(false);
    expect([...EMPTY_CHECKS.byNode]).toEqual([...computed.byNode]);
    expect([...EMPTY_CHECKS.byEdge]).toEqual([...computed.byEdge]);
  });
});
