import { describe, expect, it } from 'vitest';
import { prerender } from './prerender.js';

describe('prerender', () => {
  const html = prerender();

  it('is the designer as a first visit shows it', () => {
    expect(html).toContain('class="app"');
    expect(html).toContain('Components');
    expect(html).toContain('Drag a component here from the palette');
    expect(html).toContain('Download bundle');
  });

  it('carries the empty document’s diagnostics, not "checking…"', () => {
    expect(html).toContain('0 errors, 1 warning');
    expect(html).toContain('The super admin is admin / admin');
    expect(html).not.toContain('checking…');
  });

  it('is rendered light (hydration renders the same, then the real theme)', () => {
    expect(html).toContain('Switch to dark theme');
  });
});
