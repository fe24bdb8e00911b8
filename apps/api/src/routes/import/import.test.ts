import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTopology, render, zipBundle } from '@apim-designer/topology';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { example, useTestApp } from '../../test-support/test-app.js';

const fixtures = join(
  import.meta.dirname,
  '../../../../../packages/topology/test/fixtures/doc-002',
);
const DOC_002 = ['km', 'tm', 'pub', 'store', 'gw'].map((n) => ({
  path: `${n}.toml`,
  contents: readFileSync(join(fixtures, `${n}.toml`), 'utf8'),
}));

interface Imported {
  topology: { apimVersion: string; nodes: { id: string; kind: string; host: string }[] };
  report: { source: string; nodes: { nodeId: string; how: string }[]; notes: string[] };
}

function bundleZip(): Buffer {
  const parsed = parseTopology(example());
  if (!parsed.ok) throw new Error('example does not parse');
  const rendered = render(parsed.topology);
  if (!rendered.ok) throw new Error('example does not render');
  return Buffer.from(zipBundle(rendered.files));
}

describe('POST /api/v1/import', () => {
  const app = useTestApp({ BODY_LIMIT: '200000', MAX_NODES: '20' });
  const postJson = (payload: unknown, url = '/api/v1/import') =>
    app().inject({ method: 'POST', url, payload: JSON.stringify(payload), headers: json });
  const postZip = (zip: Uint8Array, url = '/api/v1/import') =>
    app().inject({
      method: 'POST',
      url,
      payload: Buffer.from(zip),
      headers: { 'content-type': 'application/zip' },
    });
  const json = { 'content-type': 'application/json' };

  it('recovers the five nodes of the WSO2 guide samples sent as JSON', async () => {
    const res = await postJson({ files: DOC_002 });
    expect(res.statusCode).toBe(200);
    const body = res.json<Imported>();
    expect(body.topology.apimVersion).toBe('3.2.0');
    const apim = body.topology.nodes
      .filter((n) => n.kind !== 'database')
      .map((n) => [n.id, n.kind, n.host]);
    expect(apim).toEqual([
      ['gw', 'gateway', 'gw.wso2.com'],
      ['km', 'key-manager', 'km.wso2.com'],
      ['pub', 'publisher', 'pub.wso2.com'],
      ['store', 'devportal', 'store.wso2.com'],
      ['tm', 'traffic-manager', 'tm.wso2.com'],
    ]);
    expect(body.report.source).toBe('deployment.toml');
    expect(body.report.nodes).toContainEqual(
      expect.objectContaining({ nodeId: 'store', how: 'server_role' }),
    );
    expect(parseTopology(body.topology).ok).toBe(true);
  });

  it('recovers the same topology from a zip of a rendered bundle', async () => {
    const res = await postZip(bundleZip());
    expect(res.statusCode).toBe(200);
    const body = res.json<Imported>();
    const parsed = parseTopology(example());
    if (!parsed.ok) throw new Error('example does not parse');
    expect(body.topology).toEqual(parsed.topology);
    expect(body.report.source).toBe('topology.json');
  });

  it('reads a zip of loose deployment.toml files, with directory entries', async () => {
    const zip = zipSync({
      'conf/': new Uint8Array(),
      ...Object.fromEntries(DOC_002.map((f) => [`conf/${f.path}`, strToU8(f.contents)])),
      'conf/notes.txt': strToU8('not read'),
    });
    const res = await postZip(zip, '/api/v1/import?apimVersion=3.2.0');
    expect(res.statusCode).toBe(200);
    expect(res.json<Imported>().topology.nodes.map((n) => n.id)).toContain('store');
  });

  it('answers 422 naming the file, line and column of a file that is not TOML', async () => {
    const broken = {
      path: 'gw.toml',
      contents: '[server]\nhostname = "gw.wso2.com"\noffset = = 4\n',
    };
    const res = await postJson({ files: [DOC_002[0], broken] });
    expect(res.statusCode).toBe(422);
    const body = res.json<{
      error: string;
      message: string;
      issues: { path: string }[];
      report: { errors: { file: string; line?: number; column?: number }[] };
    }>();
    expect(body.error).toBe('import-failed');
    expect(body.message).toContain('gw.toml');
    expect(body.report.errors).toEqual([
      expect.objectContaining({ file: 'gw.toml', line: 3, column: expect.any(Number) }),
    ]);
    expect(body.issues[0]?.path).toMatch(/^gw\.toml:3:\d+$/);
  });

  it('answers 422 when no file is an API-M deployment.toml', async () => {
    const res = await postJson({ files: [{ path: 'a.toml', contents: 'x = 1\n' }] });
    expect(res.statusCode).toBe(422);
    expect(res.json().report.errors[0].message).toMatch(/no API-M deployment\.toml/);
  });

  it.each([
    ['../../etc/cron.d/evil.toml'],
    ['/etc/passwd.toml'],
    ['C:/x/km.toml'],
    ['conf\\..\\km.toml'],
  ])('refuses a zip slip entry %j with 400', async (name) => {
    const zip = zipSync({ 'km.toml': strToU8(DOC_002[0]?.contents ?? ''), [name]: strToU8('x') });
    const res = await postZip(zip);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'unsafe-zip-entry',
      issues: [{ path: name, message: 'unsafe entry name' }],
    });
  });

  it('refuses an unsafe path in the JSON form with 400 naming it', async () => {
    const res = await postJson({ files: [{ path: '../km.toml', contents: '' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toContainEqual(expect.objectContaining({ path: 'files[0].path' }));
  });

  it('caps the entries and the unpacked size of a zip, and says so', async () => {
    // MAX_NODES 20 → 56 files; BODY_LIMIT 200000 → 1.6 MB unpacked.
    const many = zipSync(
      Object.fromEntries(Array.from({ length: 57 }, (_, i) => [`n${i}.toml`, strToU8('')])),
    );
    const tooMany = await postZip(many);
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json().message).toMatch(/more than 56 files/);

    const bomb = zipSync({ 'km.toml': new Uint8Array(1_700_000).fill(0x23) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    const big = await postZip(bomb);
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ error: 'zip-too-large' });
    expect(big.json().message).toMatch(/more than 1600000 bytes/);
  });

  it('answers 400 for bytes that are not a zip, and 415 for a zip sent to render', async () => {
    const res = await postZip(strToU8('PK not really'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('invalid-zip');
    const render = await app().inject({
      method: 'POST',
      url: '/api/v1/render',
      payload: bundleZip(),
      headers: { 'content-type': 'application/zip' },
    });
    expect(render.statusCode).toBe(415);
  });

  it('answers 400 for an empty file list and an unknown version', async () => {
    expect((await postJson({ files: [] })).statusCode).toBe(400);
    const res = await postJson({ files: DOC_002, apimVersion: '9.9.9' });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('apimVersion');
  });
});
