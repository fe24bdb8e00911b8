import { resolve } from 'node:path';
import { LIMITS } from '@apim-designer/topology';
import { describe, expect, it } from 'vitest';
import { EnvError, loadConfig } from './env.js';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      publicUrl: 'http://127.0.0.1:8080',
      dataDir: resolve('./data'),
      databaseUrl: undefined,
      bodyLimit: 1024 * 1024,
      maxNodes: 1000,
      maxEdges: 4000,
      rateLimit: { max: 30, windowMs: 60_000 },
      trustProxy: false,
      logLevel: 'info',
      logFormat: undefined,
    });
    expect(c.webDist).toBe(resolve(import.meta.dirname, '../../web/dist'));
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      PUBLIC_URL: 'https://designer.example.com/',
      DATA_DIR: '/var/lib/designer',
      DATABASE_URL: 'postgres://u:p@db/designer',
      BODY_LIMIT: '2048',
      MAX_NODES: '10',
      MAX_EDGES: '20',
      RATE_LIMIT_MAX: '5',
      RATE_LIMIT_WINDOW_MS: '1000',
      TRUST_PROXY: 'true',
      WEB_DIST: '/srv/web',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
    });
    expect(c).toEqual({
      port: 9000,
      host: '0.0.0.0',
      publicUrl: 'https://designer.example.com',
      dataDir: '/var/lib/designer',
      databaseUrl: 'postgres://u:p@db/designer',
      bodyLimit: 2048,
      maxNodes: 10,
      maxEdges: 20,
      rateLimit: { max: 5, windowMs: 1000 },
      trustProxy: true,
      webDist: '/srv/web',
      logLevel: 'warn',
      logFormat: 'json',
    });
  });

  it('treats empty strings as unset and brackets IPv6 hosts in the default public URL', () => {
    expect(loadConfig({ PORT: '', HOST: '::1' }).publicUrl).toBe('http://[::1]:8080');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ BODY_LIMIT: '-1' }, /BODY_LIMIT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ LOG_FORMAT: 'xml' }, /LOG_FORMAT/],
    [{ PUBLIC_URL: 'not a url' }, /PUBLIC_URL/],
    [{ TRUST_PROXY: 'maybe' }, /TRUST_PROXY/],
    [{ MAX_NODES: String(LIMITS.nodes + 1) }, /MAX_NODES/],
    [{ MAX_EDGES: String(LIMITS.edges + 1) }, /MAX_EDGES/],
  ])('refuses %j', (env, name) => {
    expect(() => loadConfig(env)).toThrow(EnvError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
