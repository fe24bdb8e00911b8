import { parseTopology, render } from '@apim-designer/topology';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { example, useTestApp } from '../../test-support/test-app.js';

interface Report {
  ok: boolean;
  clean: boolean;
  nodes: {
    nodeId: string;
    status: string;
    findings: { key: string; type: string; breaks?: string }[];
  }[];
  errors: { file: string; line?: number }[];
  counts: { errors: number; warnings: number; infos: number };
}

function liveFiles() {
  const parsed = parseTopology(example());
  if (!parsed.ok) throw new Error('example does not parse');
  const rendered = render(parsed.topology);
  if (!rendered.ok) throw new Error('example does not render');
  return rendered.files.filter((f) => f.path.endsWith('.toml'));
}

describe('POST /api/v1/verify/drift', () => {
  const app = useTestApp({ BODY_LIMIT: '400000' });
  const post = (payload: unknown) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/verify/drift',
      payload: JSON.stringify(payload),
      headers: { 'content-type': 'application/json' },
    });

  it('finds nothing in the untouched files', async () => {
    const res = await post({ topology: example(), files: liveFiles() });
    expect(res.statusCode).toBe(200);
    const body = res.json<Report>();
    expect(body.clean).toBe(true);
    expect(body.counts).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(body.nodes.map((n) => n.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('reports a changed Traffic Manager URL, from JSON files and from a zip', async () => {
    const files = liveFiles().map((f) =>
      f.path.startsWith('gw/')
        ? { ...f, contents: f.contents.replace('tcp://tm.wso2.com:9614', 'tcp://tm.wso2.com:9999') }
        : f,
    );
    for (const body of [
      { topology: example(), files },
      {
        topology: example(),
        zip: Buffer.from(
          zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.contents)]))),
        ).toString('base64'),
      },
    ]) {
      const res = await post(body);
      expect(res.statusCode).toBe(200);
      const report = res.json<Report>();
      const gw = report.nodes.find((n) => n.nodeId === 'gw');
      expect(gw?.status).toBe('drift');
      expect(gw?.findings.map((f) => [f.key, f.type])).toEqual([
        ['apim.throttling.url_group[0].traffic_manager_urls', 'changed'],
      ]);
      expect(gw?.findings[0]?.breaks).toContain(
        'misses tcp://tm.wso2.com:9614 (Traffic Manager tm)',
      );
    }
  });

  it('says where a file is not TOML', async () => {
    const res = await post({
      topology: example(),
      files: [{ path: 'gw/deployment.toml', contents: '[server]\noffset = = 4\n' }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<Report>().errors).toEqual([
      expect.objectContaining({ file: 'gw/deployment.toml', line: 2 }),
    ]);
  });

  it('refuses a zip with an unsafe entry, bytes that are not base64, and both forms at once', async () => {
    const evil = zipSync({ 'gw.toml': strToU8('[server]\n'), '../../x.toml': strToU8('x') });
    let res = await post({ topology: example(), zip: Buffer.from(evil).toString('base64') });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'unsafe-zip-entry',
      issues: [{ path: '../../x.toml' }],
    });

    res = await post({ topology: example(), zip: 'not base64!' });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('zip');

    res = await post({ topology: example(), files: [], zip: '' });
    expect(res.statusCode).toBe(400);
  });

  it('answers 422 when the design has errors', async () => {
    const broken = example();
    broken.nodes[0] = { ...broken.nodes[0], host: 'not a host' };
    const res = await post({ topology: broken, files: liveFiles() });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toBe('document-has-errors');
  });
});
