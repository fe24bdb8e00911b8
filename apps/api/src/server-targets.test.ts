/**
 * The deploy targets over a real socket: the built server, started with node on a free port,
 * answers a bundle for each target (issue 16).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, startServer, type Running } from './test-support/server-process.js';

const children = new Set<ChildProcess>();
let dataDir = '';
let server: Running;

const allInOne = readFileSync(
  join(import.meta.dirname, '../../../examples/all-in-one-4.7.0.json'),
  'utf8',
);

beforeAll(async () => {
  buildServer();
  dataDir = mkdtempSync(join(tmpdir(), 'apim-api-targets-'));
  server = await startServer({ DATA_DIR: dataDir, WEB_DIST: join(dataDir, 'no-web') }, children);
}, 60_000);

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const post = (path: string) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: allInOne,
  });

describe('the server process', () => {
  it.each([
    ['vm', ['apim/repository/conf/deployment.toml', 'hosts']],
    [
      'compose',
      [
        'compose.yaml',
        'apim/repository/conf/deployment.toml',
        'mysql/initdb/01-wso2-databases.sql',
      ],
    ],
    ['helm', ['install.sh', 'values/apim.yaml']],
  ])('POST /api/v1/bundle?target=%s answers its zip', async (target, expected) => {
    const res = await post(`/api/v1/bundle?target=${target}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const entries = Object.keys(unzipSync(new Uint8Array(await res.arrayBuffer())));
    expect(entries).toEqual(expect.arrayContaining(['README.md', 'topology.json', ...expected]));
  });

  it('answers 400 for a target it does not know', async () => {
    const res = await post('/api/v1/validate?target=swarm');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('invalid-querystring');
  });
});
