/**
 * The limits, each at the limit (accepted) and one past it (refused with a message naming it):
 * body size (BODY_LIMIT), node and edge counts (MAX_NODES, MAX_EDGES) and the core's string
 * lengths (LIMITS). And a 10,000-node document is refused fast, by size or by count, before any
 * node is validated.
 */
import { LIMITS } from '@apim-designer/topology';
import { describe, expect, it } from 'vitest';
import { example, useTestApp } from '../test-support/test-app.js';

type Doc = ReturnType<typeof example>;

function withNodes(count: number): Doc {
  const doc = example();
  const node = doc.nodes.find((n) => n.kind === 'gateway') ?? {};
  const nodes = Array.from({ length: count }, (_, i) => ({
    ...node,
    id: `n${i}`,
    name: `n${i}`,
    position: undefined,
  }));
  return { ...doc, nodes, edges: [] };
}

describe('body size: BODY_LIMIT', () => {
  const app = useTestApp({ BODY_LIMIT: '30000' });
  const post = (payload: string) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/validate',
      payload,
      headers: { 'content-type': 'application/json' },
    });
  // JSON allows trailing white space: the same document, padded to an exact byte count.
  const padded = (bytes: number) => {
    const text = JSON.stringify(example());
    return text + ' '.repeat(bytes - Buffer.byteLength(text));
  };

  it('accepts a body of exactly BODY_LIMIT bytes', async () => {
    const res = await post(padded(30000));
    expect(res.statusCode).toBe(200);
  });

  it('refuses one byte more with 413 naming the limit', async () => {
    const res = await post(padded(30001));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      error: 'body-too-large',
      message: 'The body is larger than the limit of 30000 bytes',
    });
  });
});

describe('node and edge counts: MAX_NODES, MAX_EDGES', () => {
  const app = useTestApp({ MAX_NODES: '40', MAX_EDGES: '60' });
  const validate = (payload: object) =>
    app().inject({ method: 'POST', url: '/api/v1/validate', payload });

  it('accepts MAX_NODES nodes and refuses MAX_NODES + 1', async () => {
    expect((await validate(withNodes(40))).statusCode).toBe(200);
    const res = await validate(withNodes(41));
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ path: 'nodes', message: 'at most 40 nodes' }]);
    expect(res.json().message).toContain('at most 40 nodes');
  });

  it('accepts MAX_EDGES edges and refuses MAX_EDGES + 1', async () => {
    const edges = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `e${i}`, source: 'n0', target: `n${i % 40}` }));
    expect((await validate({ ...withNodes(40), edges: edges(60) })).statusCode).toBe(200);
    const res = await validate({ ...withNodes(40), edges: edges(61) });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ path: 'edges', message: 'at most 60 edges' }]);
  });
});

describe('string lengths: the core LIMITS', () => {
  const app = useTestApp();
  const validate = (payload: object) =>
    app().inject({ method: 'POST', url: '/api/v1/validate', payload });

  const cases = [
    [
      'the topology name',
      'name',
      LIMITS.topologyNameLength,
      (d: Doc, v: string) => ({ ...d, name: v }),
    ],
    [
      'a node name',
      'nodes[0].name',
      LIMITS.nameLength,
      (d: Doc, v: string) => node0(d, { name: v }),
    ],
    ['a node id', 'nodes[0].id', LIMITS.idLength, (d: Doc, v: string) => node0(d, { id: v })],
    ['a host', 'nodes[0].host', LIMITS.hostLength, (d: Doc, v: string) => node0(d, { host: v })],
    [
      'a password',
      'settings.superAdmin.password',
      LIMITS.secretLength,
      (d: Doc, v: string) => ({
        ...d,
        settings: { superAdmin: { username: 'admin', password: v } },
      }),
    ],
  ] as const;

  function node0(doc: Doc, change: Record<string, string>): Doc {
    const [first, ...rest] = doc.nodes;
    return { ...doc, nodes: [{ ...first, ...change }, ...rest] };
  }

  // A host made of labels of at most 63 characters, `length` long.
  const value = (path: string, length: number) =>
    path.endsWith('host')
      ? Array.from({ length: Math.ceil(length / 50) }, () => 'a'.repeat(49))
          .join('.')
          .slice(0, length)
          .replace(/\.$/, 'a')
      : 'x'.repeat(length);

  it.each(cases)(
    '%s: %s at its limit is accepted, one more is a 400 naming it',
    async (_what, path, limit, set) => {
      const at = await validate(set(example(), value(path, limit)));
      expect(at.statusCode).toBe(200);
      const past = await validate(set(example(), value(path, limit + 1)));
      expect(past.statusCode).toBe(400);
      const issue = past.json().issues.find((i: { path: string }) => i.path === path);
      expect(issue?.message).toContain(String(limit));
    },
  );
});

describe('a 10,000-node document', () => {
  const app = useTestApp();
  const post = (payload: string) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/validate',
      payload,
      headers: { 'content-type': 'application/json' },
    });

  it('of real nodes is refused by size (413) before it is parsed, in well under a second', async () => {
    const body = JSON.stringify(withNodes(10_000));
    expect(Buffer.byteLength(body)).toBeGreaterThan(1024 * 1024);
    const started = performance.now();
    const res = await post(body);
    const ms = performance.now() - started;
    expect(res.statusCode).toBe(413);
    expect(ms).toBeLessThan(1000);
  });

  it('of small nodes, within the body limit, is refused by count before any node is validated', async () => {
    // Every node is invalid (unknown kind): had they been validated there would be 10,000 issues.
    const nodes = Array.from({ length: 10_000 }, (_, i) => ({ id: `${i}`, kind: 'x' }));
    const body = JSON.stringify({ ...example(), nodes, edges: [] });
    expect(Buffer.byteLength(body)).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const res = await post(body);
    const ms = performance.now() - started;
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ path: 'nodes', message: 'at most 1000 nodes' }]);
    expect(ms).toBeLessThan(1000);
  });
});
