/** `?target=` on validate, render and bundle: the deploy targets of the core, over HTTP. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { example, useTestApp } from '../../test-support/test-app.js';

const fourFour = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../../../../examples/distributed-4.4.0.json'),
      'utf8',
    ),
  ) as Record<string, unknown>;

describe('?target=', () => {
  const app = useTestApp();

  it('render: compose.yaml for compose, values and install.sh for helm, topology.json in every bundle', async () => {
    const paths = async (target: string) => {
      const res = await app().inject({
        method: 'POST',
        url: `/api/v1/render?target=${target}`,
        payload: fourFour(),
      });
      expect(res.statusCode).toBe(200);
      return (res.json().files as { path: string }[]).map((f) => f.path);
    };
    const compose = await paths('compose');
    expect(compose).toEqual(expect.arrayContaining(['compose.yaml', 'topology.json', 'README.md']));
    expect(compose).toContain('cp/repository/conf/deployment.toml');
    const helm = await paths('helm');
    expect(helm).toEqual(
      expect.arrayContaining(['install.sh', 'values/cp.yaml', 'topology.json', 'README.md']),
    );
    expect(helm.some((p) => p.endsWith('deployment.toml'))).toBe(false);
    // No target: the servers' bundle, as before.
    expect(await paths('vm')).toContain('hosts');
  });

  it('validate: what the target cannot express, only when it is asked', async () => {
    const validate = async (query: string) =>
      (
        await app().inject({ method: 'POST', url: `/api/v1/validate${query}`, payload: example() })
      ).json() as { valid: boolean; diagnostics: { code: string }[] };
    const plain = await validate('');
    expect(plain.valid).toBe(true);
    const helm = await validate('?target=helm');
    expect(helm.valid).toBe(false);
    expect(helm.diagnostics.map((d) => d.code)).toContain('target-release-unsupported');
    expect((await validate('?target=compose')).valid).toBe(true);
  });

  it('render and bundle answer 422 with the target diagnostics; an unknown target is 400', async () => {
    const refused = await app().inject({
      method: 'POST',
      url: '/api/v1/bundle?target=helm',
      payload: example(),
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().diagnostics[0].code).toBe('target-release-unsupported');
    const unknown = await app().inject({
      method: 'POST',
      url: '/api/v1/render?target=k8s',
      payload: example(),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toBe('invalid-querystring');
    expect(unknown.json().issues[0].path).toBe('target');
  });

  it('bundle: a zip named for its target, holding the target’s files', async () => {
    const res = await app().inject({
      method: 'POST',
      url: '/api/v1/bundle?target=compose',
      payload: fourFour(),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="Distributed-API-M-4.4-with-the-Traffic-Manager-separated-compose.zip"',
    );
    const entries = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['compose.yaml', 'topology.json']));
  });

  it('is documented in the OpenAPI document, with its values', async () => {
    const doc = (await app().inject({ method: 'GET', url: '/api/docs' })).json();
    for (const path of ['/api/v1/validate', '/api/v1/render', '/api/v1/bundle']) {
      const target = doc.paths[path].post.parameters.find(
        (p: { name: string; in: string }) => p.name === 'target' && p.in === 'query',
      );
      expect(target, path).toBeDefined();
      expect(target.schema.enum).toEqual(['vm', 'compose', 'helm']);
      expect(target.schema.default).toBe('vm');
      expect(target.description ?? target.schema.description).toMatch(/compose\.yaml/);
    }
  });
});
