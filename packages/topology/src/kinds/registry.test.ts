import { describe, expect, it } from 'vitest';
import { kindUses } from '../connections.js';
import { APIM_KINDS, NODE_KINDS, type NodeKind } from './kind.js';
import { KINDS } from './registry.js';

describe('the kind registry', () => {
  it('has every kind, with a label, an icon and a description', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...NODE_KINDS].sort());
    for (const k of NODE_KINDS) {
      expect(KINDS[k].label.length).toBeGreaterThan(0);
      expect(KINDS[k].description.length).toBeGreaterThan(20);
    }
  });

  it('connections are symmetric: if A connects to B, B connects to A', () => {
    for (const a of NODE_KINDS) {
      for (const b of KINDS[a].connectsTo as readonly NodeKind[]) {
        expect(KINDS[b].connectsTo as readonly NodeKind[], `${b} should connect to ${a}`).toContain(
          a,
        );
      }
    }
  });

  it('two API-M kinds connect exactly when one uses the other', () => {
    for (const a of APIM_KINDS) {
      for (const b of APIM_KINDS) {
        const connects = (KINDS[a].connectsTo as readonly NodeKind[]).includes(b);
        expect(connects, `${a} – ${b}`).toBe(kindUses(a, b) || kindUses(b, a));
      }
    }
  });

  it('every API-M kind connects to databases and load balancers', () => {
    for (const k of APIM_KINDS)
      expect(KINDS[k].connectsTo).toEqual(expect.arrayContaining(['database', 'load-balancer']));
  });
});
