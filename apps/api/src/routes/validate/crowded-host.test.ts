/**
 * Issue 14, item 9: 1,000 gateways on one host answered 2 MB of diagnostics for 123 KB in. The
 * same problem on many nodes is now one diagnostic past the first 20 of each code.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-support/test-app.js';

const crowded = {
  schemaVersion: 1,
  name: 'crowded',
  apimVersion: '4.4.0',
  nodes: Array.from({ length: 1000 }, (_, i) => ({
    id: `gw${i}`,
    kind: 'gateway',
    name: `gw${i}`,
    host: 'gw.example.com',
    offset: 0,
  })),
  edges: [],
};

interface Answer {
  valid: boolean;
  diagnostics: { code: string; nodeId?: string; message: string }[];
}

describe('a document with 1,000 gateways on one host', () => {
  const app = useTestApp();

  it('POST /validate answers at most 20 diagnostics of a code, then how many more', async () => {
    const body = JSON.stringify(crowded);
    const res = await app().inject({
      method: 'POST',
      url: '/api/v1/validate',
      payload: body,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body.length).toBeLessThan(body.length);
    const answer = res.json<Answer>();
    expect(answer.valid).toBe(false);
    const conflicts = answer.diagnostics.filter((d) => d.code === 'port-conflict');
    expect(conflicts).toHaveLength(21);
    expect(conflicts[20]?.message).toMatch(
      /^…and 979 more like the 20 above \(port-conflict\), on gw\d+, gw\d+, /,
    );
    const codes = new Set(answer.diagnostics.map((d) => d.code));
    for (const code of codes)
      expect(answer.diagnostics.filter((d) => d.code === code).length).toBeLessThanOrEqual(21);
  });

  it('POST /render answers 422 with the same summary in its issues and diagnostics', async () => {
    const res = await app().inject({
      method: 'POST',
      url: '/api/v1/render',
      payload: JSON.stringify(crowded),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.body.length).toBeLessThan(100_000);
    expect(res.json().message).toMatch(/^The document has \d{4} error\(s\)/);
  });
});
