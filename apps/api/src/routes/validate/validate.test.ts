import { describe, expect, it } from 'vitest';
import { example, useTestApp } from '../../test-support/test-app.js';

describe('POST /api/v1/validate', () => {
  const app = useTestApp();

  it('answers valid with the diagnostics for a good document', async () => {
    const res = await app().inject({ method: 'POST', url: '/api/v1/validate', payload: example() });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.valid).toBe(true);
    expect(Array.isArray(body.diagnostics)).toBe(true);
    expect(body.diagnostics.every((d: { severity: string }) => d.severity !== 'error')).toBe(true);
  });

  it('answers 200 valid:false with error diagnostics for a document that parses but is wrong', async () => {
    const doc = example();
    const res = await app().inject({
      method: 'POST',
      url: '/api/v1/validate',
      payload: { ...doc, edges: [] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().valid).toBe(false);
    expect(res.json().diagnostics.some((d: { severity: string }) => d.severity === 'error')).toBe(
      true,
    );
  });
});
