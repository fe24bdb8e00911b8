import { render, validate } from '@apim-designer/topology';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from './templates.js';

describe('templates', () => {
  for (const template of TEMPLATES) {
    it(`${template.label} has no errors and renders`, async () => {
      const topology = await template.load();
      const errors = validate(topology).filter((d) => d.severity === 'error');
      expect(errors).toEqual([]);
      const res = render(topology);
      expect(res.ok).toBe(true);
    });
  }

  it('the document 000 setup has the three instances on one host at offsets 0, 1, 2', async () => {
    const t = await TEMPLATES[1]!.load();
    const offsets = t.nodes.map((n) => ('offset' in n ? [n.host, n.offset] : null));
    expect(offsets).toEqual([
      ['localhost', 0],
      ['localhost', 1],
      ['localhost', 2],
    ]);
    const envs = t.nodes.flatMap((n) => (n.kind === 'gateway' ? [n.environment.name] : []));
    expect(envs).toEqual(['Production Gateway', 'Sandbox Gateway']);
  });

  it('the HA setup has two of each API-M role', async () => {
    const t = await TEMPLATES[3]!.load();
    const count = (kind: string) => t.nodes.filter((n) => n.kind === kind).length;
    for (const kind of ['key-manager', 'publisher', 'devportal', 'gateway', 'traffic-manager'])
      expect(count(kind)).toBe(2);
    expect(count('load-balancer')).toBe(5);
    expect(count('database')).toBe(1);
  });

  it('the HA setup warns only about the credentials left to set', async () => {
    const t = await TEMPLATES[3]!.load();
    const codes = new Set(validate(t).map((d) => d.code));
    // Its store passwords are placeholders (certs/make-certs.sh reads them from the environment).
    expect([...codes].sort()).toEqual(['default-admin-credentials', 'plaintext-password']);
  });
});
