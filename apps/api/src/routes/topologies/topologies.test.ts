import { describe, expect, it } from 'vitest';
import { hashToken } from '../../share/tokens.js';
import { example, useTestApp } from '../../test-support/test-app.js';

describe('share links /api/v1/topologies', () => {
  const app = useTestApp();

  async function create(doc: object = example()) {
    const res = await app().inject({ method: 'POST', url: '/api/v1/topologies', payload: doc });
    expect(res.statusCode).toBe(201);
    return { res, body: res.json<{ id: string; editToken: string; revision: number }>() };
  }

  function put(id: string, headers: Record<string, string>, doc = example()) {
    return app().inject({ method: 'PUT', url: `/api/v1/topologies/${id}`, headers, payload: doc });
  }

  it('creates a link: id, token, view and edit URLs into the SPA, revision 1, ETag', async () => {
    const { res, body } = await create();
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body).toEqual({
      id: body.id,
      editToken: body.editToken,
      viewUrl: `http://designer.test/?share=${body.id}`,
      editUrl: `http://designer.test/?share=${body.id}#edit=${body.editToken}`,
      revision: 1,
      strippedCredentials: expect.arrayContaining([['settings', 'superAdmin', 'password']]),
    });
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/api/v1/topologies/${body.id}`);
  });

  it('leaves credentials out of a share by default, and says which', async () => {
    const { body } = await create();
    const stored = JSON.stringify((await app().store.get(body.id))?.document);
    expect(stored).not.toMatch(/"password":"(admin|root|wso2carbon)"/);
    const res = await app().inject({ method: 'GET', url: `/api/v1/topologies/${body.id}` });
    const shared = res.json<{
      topology: { settings: { superAdmin: { password: string } } };
      strippedCredentials: unknown[];
    }>();
    expect(shared.topology.settings.superAdmin.password).toBe('$env{APIM_ADMIN_PASSWORD}');
    expect(shared.strippedCredentials).toContainEqual(['nodes', 5, 'password']);
  });

  it('keeps credentials when the user explicitly includes them', async () => {
    const res = await app().inject({
      method: 'POST',
      url: '/api/v1/topologies?includeCredentials=true',
      payload: example(),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().strippedCredentials).toEqual([]);
    const read = await app().inject({ method: 'GET', url: `/api/v1/topologies/${res.json().id}` });
    expect(read.json().topology.settings.superAdmin.password).toBe('admin');
  });

  it('stores only a sha-256 of the edit token', async () => {
    const { body } = await create();
    const record = await app().store.get(body.id);
    expect(record?.editTokenHash).toBe(hashToken(body.editToken));
    expect(JSON.stringify(record)).not.toContain(body.editToken);
  });

  it('reads it back with its ETag and never returns the token', async () => {
    const doc = example();
    const { body } = await create(doc);
    const res = await app().inject({ method: 'GET', url: `/api/v1/topologies/${body.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.json().revision).toBe(1);
    expect(res.json().topology.name).toBe(doc.name);
    expect(res.json().topology.nodes).toHaveLength(doc.nodes.length);
    expect(res.body).not.toContain(body.editToken);
    expect(res.body).not.toContain('editToken');
  });

  it('answers 404 for an unknown id', async () => {
    const res = await app().inject({
      method: 'GET',
      url: '/api/v1/topologies/AAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not-found', issues: [] });
  });

  it('updates with the token and the current ETag, and bumps the revision', async () => {
    const { body } = await create();
    const auth = `Bearer ${body.editToken}`;
    const res = await put(
      body.id,
      { authorization: auth, 'if-match': '"1"' },
      { ...example(), name: 'v2' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: body.id,
      revision: 2,
      strippedCredentials: expect.any(Array),
    });
    expect(res.headers.etag).toBe('"2"');
    const read = await app().inject({ method: 'GET', url: `/api/v1/topologies/${body.id}` });
    expect(read.json().topology.name).toBe('v2');
    expect(read.headers.etag).toBe('"2"');
  });

  it('refuses a stale If-Match with 412 and overwrites nothing', async () => {
    const { body } = await create();
    const auth = `Bearer ${body.editToken}`;
    expect((await put(body.id, { authorization: auth, 'if-match': '"1"' })).statusCode).toBe(200);
    const stale = await put(
      body.id,
      { authorization: auth, 'if-match': '"1"' },
      { ...example(), name: 'lost' },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error).toBe('stale');
    const read = await app().inject({ method: 'GET', url: `/api/v1/topologies/${body.id}` });
    expect(read.json().topology.name).not.toBe('lost');
    expect(read.json().revision).toBe(2);
  });

  it('answers 428 without If-Match, 403 for a wrong token, 401 without one', async () => {
    const { body } = await create();
    const missing = await put(body.id, { authorization: `Bearer ${body.editToken}` });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().error).toBe('precondition-required');
    const wrong = await put(body.id, { authorization: 'Bearer wrong-token', 'if-match': '"1"' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toBe('forbidden');
    const none = await put(body.id, { 'if-match': '"1"' });
    expect(none.statusCode).toBe(401);
    const read = await app().inject({ method: 'GET', url: `/api/v1/topologies/${body.id}` });
    expect(read.json().revision).toBe(1);
  });

  it('answers 404 when updating an unknown id', async () => {
    const res = await put('AAAAAAAAAAAAAAAAAAAAAA', {
      authorization: 'Bearer x',
      'if-match': '"1"',
    });
    expect(res.statusCode).toBe(404);
  });

  it('deletes with the token; the link is gone after', async () => {
    const { body } = await create();
    const url = `/api/v1/topologies/${body.id}`;
    const wrong = await app().inject({
      method: 'DELETE',
      url,
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await app().inject({ method: 'GET', url })).statusCode).toBe(200);
    const del = await app().inject({
      method: 'DELETE',
      url,
      headers: { authorization: `Bearer ${body.editToken}` },
    });
    expect(del.statusCode).toBe(204);
    expect(del.body).toBe('');
    expect((await app().inject({ method: 'GET', url })).statusCode).toBe(404);
    const again = await app().inject({
      method: 'DELETE',
      url,
      headers: { authorization: `Bearer ${body.editToken}` },
    });
    expect(again.statusCode).toBe(404);
  });
});

describe('share link security', () => {
  const app = useTestApp();
  const url = (id: string) => `/api/v1/topologies/${id}`;

  async function create(query = '') {
    const res = await app().inject({
      method: 'POST',
      url: `/api/v1/topologies${query}`,
      payload: example(),
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string; editToken: string }>();
  }

  it('ids are 128 random bits: distinct, not sequential, no shared prefix', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, async () => (await create()).id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    // Sequential or time-based ids would share their leading characters.
    expect(new Set(ids.map((id) => id.slice(0, 4))).size).toBeGreaterThan(15);
  });

  it('answers a missing id and a wrong token alike: a 4xx with no document', async () => {
    const { id } = await create();
    const headers = { authorization: 'Bearer wrong', 'if-match': '"1"' };
    for (const method of ['PUT', 'DELETE'] as const) {
      const payload = method === 'PUT' ? example() : undefined;
      const wrong = await app().inject({ method, url: url(id), headers, payload });
      const missing = await app().inject({
        method,
        url: url('AAAAAAAAAAAAAAAAAAAAAA'),
        headers,
        payload,
      });
      expect([wrong.statusCode, missing.statusCode]).toEqual([403, 404]);
      for (const res of [wrong, missing]) {
        expect(Object.keys(res.json()).sort()).toEqual(['error', 'issues', 'message']);
        expect(res.body).not.toContain('superAdmin');
      }
    }
  });

  it('a revoked link is gone: GET, PUT and DELETE all answer 404', async () => {
    const { id, editToken } = await create();
    const auth = { authorization: `Bearer ${editToken}` };
    const del = await app().inject({ method: 'DELETE', url: url(id), headers: auth });
    expect(del.statusCode).toBe(204);
    expect((await app().inject({ method: 'GET', url: url(id) })).statusCode).toBe(404);
    const put = await app().inject({
      method: 'PUT',
      url: url(id),
      headers: { ...auth, 'if-match': '*' },
      payload: example(),
    });
    expect(put.statusCode).toBe(404);
    expect((await app().inject({ method: 'DELETE', url: url(id), headers: auth })).statusCode).toBe(
      404,
    );
    expect(await app().store.get(id)).toBeUndefined();
  });

  it('strips credentials on update too, unless the update includes them', async () => {
    const { id, editToken } = await create('?includeCredentials=true');
    const headers = { authorization: `Bearer ${editToken}`, 'if-match': '"1"' };
    const put = await app().inject({ method: 'PUT', url: url(id), headers, payload: example() });
    expect(put.statusCode).toBe(200);
    expect(put.json().strippedCredentials).toContainEqual(['settings', 'superAdmin', 'password']);
    let read = await app().inject({ method: 'GET', url: url(id) });
    expect(read.json().topology.settings.superAdmin.password).toBe('$env{APIM_ADMIN_PASSWORD}');
    expect(JSON.stringify((await app().store.get(id))?.document)).not.toMatch(
      /"password":"(admin|root|wso2carbon)"/,
    );

    const keep = await app().inject({
      method: 'PUT',
      url: `${url(id)}?includeCredentials=true`,
      headers: { ...headers, 'if-match': '"2"' },
      payload: example(),
    });
    expect(keep.statusCode).toBe(200);
    expect(keep.json().strippedCredentials).toEqual([]);
    read = await app().inject({ method: 'GET', url: url(id) });
    expect(read.json().topology.settings.superAdmin.password).toBe('admin');
    expect(read.json().strippedCredentials).toEqual([]);
  });
});

describe('share link creation is rate-limited per client', () => {
  const app = useTestApp({ RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000' });
  const post = (remoteAddress: string) =>
    app().inject({ method: 'POST', url: '/api/v1/topologies', payload: example(), remoteAddress });

  it('answers 429 with the error shape past the limit, per client address', async () => {
    expect((await post('10.0.0.1')).statusCode).toBe(201);
    expect((await post('10.0.0.1')).statusCode).toBe(201);
    const limited = await post('10.0.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: 'rate-limited', issues: [] });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await post('10.0.0.2')).statusCode).toBe(201);
  });

  it('does not limit reads or validation', async () => {
    for (let i = 0; i < 4; i++) {
      const res = await app().inject({
        method: 'POST',
        url: '/api/v1/validate',
        payload: example(),
        remoteAddress: '10.0.0.1',
      });
      expect(res.statusCode).toBe(200);
    }
  });
});
