/** Bad input on every endpoint that takes a document: a 4xx that says what and where, never a 500. */
import { describe, expect, it } from 'vitest';
import { example, useTestApp } from '../../test-support/test-app.js';

const ENDPOINTS = [
  { method: 'POST', url: '/api/v1/validate' },
  { method: 'POST', url: '/api/v1/render' },
  { method: 'POST', url: '/api/v1/bundle' },
  { method: 'POST', url: '/api/v1/topologies' },
  { method: 'PUT', url: '/api/v1/topologies/AAAAAAAAAAAAAAAAAAAAAA' },
] as const;

interface ErrorBody {
  error: string;
  message: string;
  issues: { path: string; message: string }[];
}

function expectErrorShape(body: ErrorBody): void {
  expect(typeof body.error).toBe('string');
  expect(typeof body.message).toBe('string');
  expect(Array.isArray(body.issues)).toBe(true);
  for (const i of body.issues)
    expect(i).toEqual({ path: expect.any(String), message: expect.any(String) });
}

describe.each(ENDPOINTS)('bad input to $method $url', ({ method, url }) => {
  const app = useTestApp({ BODY_LIMIT: '20000', MAX_NODES: '12', MAX_EDGES: '30' });
  const headers = { authorization: 'Bearer t', 'if-match': '"1"' };
  const send = (payload: string, contentType = 'application/json') =>
    app().inject({ method, url, headers: { ...headers, 'content-type': contentType }, payload });

  it('malformed JSON → 400 malformed-json', async () => {
    const res = await send('{"schemaVersion": 1,');
    expect(res.statusCode).toBe(400);
    expectErrorShape(res.json());
    expect(res.json().error).toBe('malformed-json');
  });

  it('wrong content type → 415', async () => {
    const res = await send(JSON.stringify(example()), 'text/plain');
    expect(res.statusCode).toBe(415);
    expectErrorShape(res.json());
    expect(res.json().error).toBe('unsupported-media-type');
  });

  it('empty body → 400', async () => {
    const res = await send('');
    expect(res.statusCode).toBe(400);
    expectErrorShape(res.json());
  });

  it('not an object → 400 invalid-document at (document)', async () => {
    const res = await send('[1,2]');
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('(document)');
  });

  it('unknown kind → 400 naming the node', async () => {
    const doc = example();
    const nodes = [...doc.nodes];
    nodes[1] = { ...nodes[1], kind: 'mainframe' };
    const res = await send(JSON.stringify({ ...doc, nodes }));
    expect(res.statusCode).toBe(400);
    expectErrorShape(res.json());
    expect(res.json().error).toBe('invalid-document');
    expect(res.json().issues.map((i: { path: string }) => i.path)).toContain('nodes[1].kind');
  });

  it('missing field → 400 naming the field', async () => {
    const doc = example();
    delete doc.apimVersion;
    const res = await send(JSON.stringify(doc));
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toContainEqual({ path: 'apimVersion', message: expect.any(String) });
    expect(res.json().message).toMatch(/apimVersion/);
  });

  it('wrong type deep inside → 400 with the full path', async () => {
    const doc = example();
    const nodes = [...doc.nodes];
    nodes[0] = { ...nodes[0], offset: 'ten' };
    const res = await send(JSON.stringify({ ...doc, nodes }));
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { path: string }) => i.path)).toContain('nodes[0].offset');
  });

  it('body over the limit → 413', async () => {
    const res = await send(JSON.stringify({ ...example(), name: 'x'.repeat(30000) }));
    expect(res.statusCode).toBe(413);
    expectErrorShape(res.json());
    expect(res.json().error).toBe('body-too-large');
    expect(res.json().message).toMatch(/20000 bytes/);
  });

  it('more nodes than MAX_NODES → 400 at nodes', async () => {
    const doc = example();
    const node = doc.nodes[0];
    const nodes = Array.from({ length: 13 }, (_, i) => ({ ...node, id: `n${i}`, name: `n${i}` }));
    const res = await send(JSON.stringify({ ...doc, nodes }));
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toContainEqual({ path: 'nodes', message: 'at most 12 nodes' });
  });

  it('more edges than MAX_EDGES → 400 at edges', async () => {
    const edges = Array.from({ length: 31 }, (_, i) => ({ source: `a${i}`, target: 'b' }));
    const res = await send(JSON.stringify({ ...example(), edges }));
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toContainEqual({ path: 'edges', message: 'at most 30 edges' });
  });
});

describe('unknown routes and internal errors', () => {
  const app = useTestApp();

  it('answers 404 JSON for an unknown API route', async () => {
    const res = await app().inject({
      method: 'GET',
      url: '/api/v1/nope',
      headers: { accept: 'text/html' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: 'not-found',
      message: 'No route GET /api/v1/nope',
      issues: [],
    });
  });

  it('answers 404 JSON for a wrong method', async () => {
    const res = await app().inject({ method: 'GET', url: '/api/v1/validate' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('not-found');
  });
});
