/**
 * The validator compiles each route schema with `z.compile`. A compiled schema must answer exactly
 * as the runtime parser does: the same verdict, the same value (defaults filled, keys in schema
 * order: topology.json is written from it) and the same issues. Checked on the examples and on
 * thousands of deterministic mutations of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { topologyBody } from '../../http/schemas.js';
import { validatorCompiler } from './zod.js';

const examplesDir = join(import.meta.dirname, '../../../../../examples');
const examples: unknown[] = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(examplesDir, f), 'utf8')) as unknown);

const schema = topologyBody({ maxNodes: 40, maxEdges: 80 });

/** A small deterministic generator (the same cases on every run). */
function generator(seed: number) {
  let s = seed;
  const next = () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, pick };
}

const ODD_VALUES: readonly unknown[] = [
  null,
  '',
  'x'.repeat(300),
  -1,
  1.5,
  Number.POSITIVE_INFINITY,
  2 ** 60,
  true,
  [],
  {},
  { a: 1 },
  [{ a: [1, 2] }],
  '$env{PASSWORD}',
  'gatewy',
  'load-balancer',
  'gateway',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `doc`. */
function paths(doc: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(doc)) doc.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (doc !== null && typeof doc === 'object')
    for (const [k, v] of Object.entries(doc)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function mutate(doc: Json, g: ReturnType<typeof generator>): Json {
  const copy = structuredClone(doc);
  const all = paths(copy).filter((p) => p.length > 0);
  const path = g.pick(all);
  const parent = path.slice(0, -1).reduce<Json>((o, k) => (o as never)[k], copy);
  const key = path[path.length - 1] as string | number;
  const roll = g.next();
  if (Array.isArray(parent)) {
    if (roll < 0.3) parent.splice(key as number, 1);
    else if (roll < 0.5) parent.push(structuredClone(parent[key as number] ?? null));
    else parent[key as number] = g.pick(ODD_VALUES) as Json;
  } else if (parent !== null && typeof parent === 'object') {
    if (roll < 0.3) delete parent[key as string];
    else if (roll < 0.4) parent[`${String(key)}_extra`] = 1;
    else if (roll < 0.5)
      parent.extraConfig = g.pick([
        { a: { b: 1 } },
        { a: null },
        { a: [[[[[[[[[1]]]]]]]]] },
      ]) as Json;
    else parent[key as string] = g.pick(ODD_VALUES) as Json;
  }
  return copy;
}

function verdict(parse: (v: unknown) => z.ZodSafeParseResult<unknown>, value: unknown) {
  const r = parse(structuredClone(value));
  return r.success
    ? { ok: true, value: JSON.stringify(r.data) }
    : { ok: false, issues: r.error.issues.map((i) => ({ path: i.path, message: i.message })) };
}

describe('z.compile of the document schema', () => {
  const compiled = z.compile(schema);

  it('is compiled (a schema zod cannot compile comes back as it is)', () => {
    expect(compiled).not.toBe(schema);
  });

  it('answers every example as the runtime parser does', () => {
    for (const doc of examples) {
      expect(verdict((v) => compiled.safeParse(v), doc)).toEqual(
        verdict((v) => schema.safeParse(v), doc),
      );
    }
  });

  it('answers 3,000 mutated documents as the runtime parser does', () => {
    const g = generator(7);
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      let doc = g.pick(examples) as Json;
      const steps = 1 + Math.floor(g.next() * 3);
      for (let j = 0; j < steps; j++) doc = mutate(doc, g);
      const fast = verdict((v) => compiled.safeParse(v), doc);
      expect(fast, JSON.stringify(doc).slice(0, 400)).toEqual(
        verdict((v) => schema.safeParse(v), doc),
      );
      if (fast.ok) accepted++;
    }
    // Both branches are exercised.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });
});

describe('validatorCompiler', () => {
  const validate = validatorCompiler({ schema, method: 'POST', url: '/x', httpPart: 'body' });

  it('fills the defaults of a valid document', () => {
    const doc = { schemaVersion: 1, name: 't', apimVersion: '4.4.0', nodes: [], edges: [] };
    const res = validate(doc) as unknown as {
      value: { settings: { superAdmin: { username: string } } };
    };
    expect(res.value.settings.superAdmin.username).toBe('admin');
  });

  it('says what is wrong and where, as before', () => {
    const doc = structuredClone(examples[0]) as { nodes: Record<string, unknown>[] };
    if (doc.nodes[0]) doc.nodes[0].offset = 'ten';
    const res = validate(doc) as unknown as { error: { statusCode: number; message: string } };
    expect(res.error.statusCode).toBe(400);
    expect(res.error.message).toMatch(/nodes\[0\]\.offset/);
  });
});
