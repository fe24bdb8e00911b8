import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-support/test-app.js';

describe('GET /api/docs', () => {
  const app = useTestApp();

  it('serves the OpenAPI document generated from the zod schemas', async () => {
    const res = await app().inject({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/v1/bundle',
      '/api/v1/health',
      '/api/v1/import',
      '/api/v1/render',
      '/api/v1/topologies',
      '/api/v1/topologies/{id}',
      '/api/v1/validate',
      '/api/v1/verify/drift',
    ]);
    // The server reads what it is sent and never probes a deployment (SSRF).
    expect(doc.paths['/api/v1/verify/drift'].post.description).toContain('SSRF');
    const body = doc.paths['/api/v1/validate'].post.requestBody.content['application/json'].schema;
    // The request body is the core's Topology schema: its fields and the node kinds show up.
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'name', 'apimVersion', 'nodes', 'edges']),
    );
    expect(JSON.stringify(body)).toContain('key-manager');
    const zip = doc.paths['/api/v1/bundle'].post.responses['200'].content['application/zip'];
    expect(zip.schema).toMatchObject({ type: 'string', format: 'binary' });
    expect(doc.paths['/api/v1/topologies/{id}'].put.responses).toHaveProperty('412');
  });
});
