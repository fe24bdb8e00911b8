import { describe, expect, it } from 'vitest';
import { parseTopologyText } from './import-file.js';

describe('parseTopologyText', () => {
  it('says where a document is wrong', () => {
    const doc = {
      schemaVersion: 1,
      name: 'x',
      apimVersion: '3.2.0',
      nodes: [{ id: 'a', kind: 'gateway', name: 'a', host: 'a', offset: 'one' }],
      edges: [],
    };
    const res = parseTopologyText('t.json', JSON.stringify(doc));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.details[0]).toMatch(/^nodes\[0\]\.offset: /);
  });

  it('refuses text that is not JSON', () => {
    const res = parseTopologyText('t.json', '{ nope');
    expect(res).toMatchObject({ ok: false, title: 't.json is not JSON.' });
  });

  it('accepts a valid document and gives its edges ids', () => {
    const doc = {
      schemaVersion: 1,
      name: 'x',
      apimVersion: '3.2.0',
      nodes: [],
      edges: [],
    };
    expect(parseTopologyText('t.json', JSON.stringify(doc)).ok).toBe(true);
  });
});
