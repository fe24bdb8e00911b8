import { describe, expect, it } from 'vitest';
import { example, useTestApp } from '../../test-support/test-app.js';

describe('security headers and CORS', () => {
  const app = useTestApp();

  it('sets security headers on API responses, errors included', async () => {
    for (const res of [
      await app().inject({ method: 'GET', url: '/api/v1/health' }),
      await app().inject({ method: 'GET', url: '/api/v1/nope' }),
      await app().inject({
        method: 'POST',
        url: '/api/v1/validate',
        payload: '{',
        headers: { 'content-type': 'application/json' },
      }),
    ]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toBeDefined();
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
    }
  });

  it('keeps CORS closed: no Access-Control-Allow-Origin, preflight refused', async () => {
    const origin = 'https://evil.example';
    const res = await app().inject({
      method: 'POST',
      url: '/api/v1/validate',
      headers: { origin },
      payload: example(),
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app().inject({
      method: 'OPTIONS',
      url: '/api/v1/topologies',
      headers: { origin, 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(404);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});
