import { describe, expect, it } from 'vitest';
import { connectedKinds, kindUses, kindsConnect } from '../connections.js';
import { NODE_SCHEMAS, Node } from '../topology.js';
import { APIM_VERSIONS, VERSIONS } from '../versions.js';
import { NODE_KINDS } from './kind-names.js';
import { APIM_KINDS, KIND_META } from './meta-registry.js';
import { KINDS } from './registry.js';
import { SERVER_ROLES } from '../import/roles.js';

describe('the kind registry', () => {
  it('has every kind, with a label, an icon, a description and a schema', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(KIND_META).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(NODE_SCHEMAS).sort()).toEqual([...NODE_KINDS].sort());
    for (const k of NODE_KINDS) {
      expect(KINDS[k].kind).toBe(k);
      expect(KINDS[k].label.length).toBeGreaterThan(0);
      expect(KINDS[k].description.length).toBeGreaterThan(20);
      // The document's union takes a node of every kind.
      const parsed = Node.safeParse({
        id: 'x',
        kind: k,
        name: 'x',
        host: 'x.example.com',
        ...KINDS[k].newNodeFields?.([], 'x'),
      });
      expect(parsed.success, k).toBe(true);
    }
  });

  it('every kind is available in some release, and every release has API-M kinds', () => {
    for (const k of NODE_KINDS)
      expect(
        APIM_VERSIONS.some((v) => KIND_META[k].availableIn(VERSIONS[v])),
        k,
      ).toBe(true);
    for (const v of APIM_VERSIONS)
      expect(
        APIM_KINDS.filter((k) => KIND_META[k].availableIn(VERSIONS[v])).length,
      ).toBeGreaterThan(2);
  });

  it('connections are declared once and hold both ways', () => {
    for (const a of NODE_KINDS) {
      for (const b of connectedKinds(a)) {
        expect(kindsConnect(a, b), `${a} – ${b}`).toBe(true);
        expect(kindsConnect(b, a), `${b} – ${a}`).toBe(true);
      }
    }
  });

  it('two API-M kinds connect exactly when one uses the other', () => {
    for (const a of APIM_KINDS) {
      for (const b of APIM_KINDS) {
        expect(kindsConnect(a, b), `${a} – ${b}`).toBe(kindUses(a, b) || kindUses(b, a));
      }
    }
  });

  it('every API-M kind connects to databases and load balancers', () => {
    for (const k of APIM_KINDS)
      expect(connectedKinds(k)).toEqual(expect.arrayContaining(['database', 'load-balancer']));
  });

  it('a server_role several kinds write has one usual kind, and the others have keys that tell them apart', () => {
    for (const [role, kinds] of SERVER_ROLES) {
      const [first, ...others] = kinds;
      expect(first, role).toBeDefined();
      for (const k of others)
        expect(KINDS[k].importHints.length, `${role}: ${k} needs import hints`).toBeGreaterThan(0);
    }
    // Before 4.5 every profile's role is its own kind's (4.3/4.4's Key Manager aside).
    for (const v of APIM_VERSIONS) {
      if (VERSIONS[v].componentDistributions) continue;
      const roles = APIM_KINDS.filter((k) => KIND_META[k].availableIn(VERSIONS[v])).map((k) =>
        KINDS[k].serverRole(VERSIONS[v]),
      );
      const duplicates = roles.filter((r, i) => roles.indexOf(r) !== i);
      expect(duplicates.length, v).toBeLessThanOrEqual(1);
    }
  });
});
