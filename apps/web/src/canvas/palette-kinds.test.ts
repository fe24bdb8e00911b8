import { describe, expect, it } from 'vitest';
import { paletteKinds } from './palette-kinds.js';

describe('paletteKinds', () => {
  it('offers the 2.x and 3.x roles, and no Control Plane, before 4.0', () => {
    for (const v of ['2.6.0', '3.1.0', '3.2.0'] as const) {
      const kinds = paletteKinds(v);
      expect(kinds).toEqual(
        expect.arrayContaining(['key-manager', 'publisher', 'devportal', 'gateway', 'database']),
      );
      expect(kinds).not.toContain('control-plane');
    }
  });

  it('offers the Control Plane and no separate Publisher or Portal in 4.x', () => {
    for (const v of ['4.0.0', '4.2.0', '4.4.0', '4.5.0', '4.7.0'] as const) {
      const kinds = paletteKinds(v);
      expect(kinds).toContain('control-plane');
      expect(kinds).toContain('gateway');
      expect(kinds).toContain('traffic-manager');
      for (const gone of ['publisher', 'devportal']) expect(kinds).not.toContain(gone);
    }
  });

  it('offers a separate Key Manager where WSO2 documents one (4.0, 4.3+), Redis from 4.6', () => {
    // docs-api-platform has no KM-separated page for 4.1 and 4.2 (versions.ts keyManagerNode).
    expect(paletteKinds('4.0.0')).toContain('key-manager');
    expect(paletteKinds('4.2.0')).not.toContain('key-manager');
    expect(paletteKinds('4.4.0')).toContain('key-manager');
    expect(paletteKinds('4.5.0')).not.toContain('redis');
    expect(paletteKinds('4.6.0')).toContain('redis');
  });
});
