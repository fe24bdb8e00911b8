import { describe, expect, it } from 'vitest';
import { example, useTestApp } from '../../test-support/test-app.js';

describe('POST /api/v1/render', () => {
  const app = useTestApp();

  it('answers the bundle files and the diagnostics', async () => {
    const res = await app().inject({ method: 'POST', url: '/api/v1/render', payload: example() });
    expect(res.statusCode).toBe(200);
    const { files, diagnostics } = res.json();
    const paths: string[] = files.map((f: { path: string }) => f.path);
    expect(paths).toContain('README.md');
    expect(paths).toContain('topology.json');
    expect(paths.some((p) => p.endsWith('deployment.toml'))).toBe(true);
    expect(files.every((f: { contents: unknown }) => typeof f.contents === 'string')).toBe(true);
    expect(Array.isArray(diagnostics)).toBe(true);
  });

  it('answers 422 with the diagnostics and the error shape when the document has errors', async () => {
    const res = await app().inject({
      method: 'POST',
      url: '/api/v1/render',
      payload: { ...example(), edges: [] },
    });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.error).toBe('document-has-errors');
    expect(body.message).toMatch(/error/);
    expect(body.issues.length).toBeGreaterThan(0);
    expect(body.issues[0]).toEqual({ path: expect.any(String), message: expect.any(String) });
    expect(body.diagnostics.some((d: { severity: string }) => d.severity === 'error')).toBe(true);
  });
});
