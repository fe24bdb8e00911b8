import { describe, expect, it } from 'vitest';
import { example, useTestApp } from '../../test-support/test-app.js';

describe('POST /api/v1/bundle', () => {
  const app = useTestApp();

  it('answers a zip named after the topology', async () => {
    const doc = { ...example(), name: 'Prod / EU "west" 3.2' };
    const res = await app().inject({ method: 'POST', url: '/api/v1/bundle', payload: doc });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe('attachment; filename="Prod-EU-west-3.2.zip"');
    expect(res.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(res.rawPayload.includes(Buffer.from('topology.json'))).toBe(true);
  });

  it('answers the same bytes for the same document', async () => {
    const a = await app().inject({ method: 'POST', url: '/api/v1/bundle', payload: example() });
    const b = await app().inject({ method: 'POST', url: '/api/v1/bundle', payload: example() });
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
  });

  it('answers 422 JSON when the document has errors', async () => {
    const res = await app().inject({
      method: 'POST',
      url: '/api/v1/bundle',
      payload: { ...example(), edges: [] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json().error).toBe('document-has-errors');
  });
});
