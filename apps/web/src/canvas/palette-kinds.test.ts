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

  it('offers the Control Plane and no separate Key Manager, Publisher or Portal in 4.x', () => {
    for (const v of ['4.0.0', '4.2.0', '4.4.0'] as const) {
      const kinds = paletteKinds(v);
      expect(kinds).toContain('control-plane');
      expect(kinds).toContain('gateway');
      expect(kinds).toContain('traffic-manager');
      for (const gone of ['key-manager', 'publisher', 'devportal'])
        expect(kinds).not.toContain(gone);
    }
  });
});
