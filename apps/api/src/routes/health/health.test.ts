import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-support/test-app.js';

describe('GET /api/v1/health', () => {
  const app = useTestApp();

  it('answers ok with the store engine', async () => {
    const res = await app().inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', store: 'sqlite' });
  });
});
