/**
 * Issue 14, item 9: requests that answered outside the API's error shape. Sent over a real socket,
 * since `app.inject()` normalises `..` out of a path before the server sees it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { testConfig } from '../../test-support/test-app.js';

let app: FastifyInstance;
let port = 0;
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'apim-api-hostile-'));
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>apim-designer</title>');
  writeFileSync(join(web, 'assets', 'a..b.js'), 'export {};');
  app = await buildApp({ config: testConfig(dir, { WEB_DIST: web }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One raw HTTP/1.1 request: the path as written, not normalised. */
function raw(path: string, accept = '*/*'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: t\r\nAccept: ${accept}\r\nConnection: close\r\n\r\n`,
      ),
    );
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString()));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body });
    });
  });
}

const ErrorShape = {
  error: expect.any(String),
  message: expect.any(String),
  issues: expect.any(Array),
};

describe('hostile URLs get the API error shape', () => {
  it.each([
    '/../etc/passwd',
    '/assets/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/..%2fetc%2fpasswd',
  ])('%s → 400 bad-path (was 403 with "bad-request")', async (path) => {
    for (const accept of ['*/*', 'text/html']) {
      const res = await raw(path, accept);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toEqual({
        error: 'bad-path',
        message: 'The path has a ".." segment; it is refused',
        issues: [{ path: '(url)', message: 'a ".." segment' }],
      });
    }
  });

  it("/%ff → 400 bad-url in the API's shape (was Fastify's own body)", async () => {
    for (const path of ['/%ff', '/api/v1/%ff']) {
      const res = await raw(path);
      expect(res.status).toBe(400);
      const body: unknown = JSON.parse(res.body);
      expect(body).toEqual({ ...ErrorShape, error: 'bad-url' });
      expect(body).not.toHaveProperty('code');
    }
  });

  it('still serves the designer and a file whose name has two dots', async () => {
    expect((await raw('/', 'text/html')).status).toBe(200);
    expect((await raw('/assets/a..b.js')).status).toBe(200);
  });
});

describe('a __proto__ key in a JSON body', () => {
  it('→ 400 invalid-document at the key (it is valid JSON, not malformed)', async () => {
    for (const [payload, path] of [
      ['{"__proto__": {"polluted": 1}, "schemaVersion": 1}', '__proto__'],
      ['{"nodes": [{"extraConfig": {"__proto__": {"x": 1}}}]}', 'nodes[0].extraConfig.__proto__'],
      ['{"a": {"constructor": {"prototype": {"x": 1}}}}', 'a.constructor.prototype'],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/validate',
        payload,
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid-document', issues: [{ path }] });
    }
    expect({}).not.toHaveProperty('polluted');
  });

  it('malformed JSON still says where', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/validate',
      payload: '{\n  "schemaVersion": 1,\n  "nodes": [,]\n}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'malformed-json',
      message: expect.stringMatching(/line 3, column \d+/),
    });
  });
});
