/** Comparing a generated deployment.toml with a documented sample, after parsing both. */
import { expect } from 'vitest';
import { isPlaceholder, parseToml, type TomlTable } from '../src/index.js';

export const ABSENT = Symbol('absent');

/** Flattens parsed TOML to `a.b[0].c` → value; arrays of scalars stay arrays. */
export function flatten(
  table: TomlTable,
  prefix = '',
  out = new Map<string, unknown>(),
): Map<string, unknown> {
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((v) => typeof v === 'object' && !Array.isArray(v))
    ) {
      value.forEach((v, i) => flatten(v as TomlTable, `${path}[${i}]`, out));
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      flatten(value, path, out);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

/**
 * WSO2 prints values verbatim into XML, so `"3306"` and `3306`, `"true"` and `true` configure the same
 * thing (reference §1); compare scalars by their text.
 */
export function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (Array.isArray(a) || Array.isArray(b)) return false;
  return String(a as string) === String(b as string);
}

export interface Deviation {
  readonly key: string;
  /** What we generate instead (ABSENT: we leave the key out). */
  readonly generated: unknown;
  readonly reason: string;
}

/** Credentials may be placeholders: a generated `$env{…}` / `$secret{…}` stands for the sample's secret. */
function isCredential(key: string): boolean {
  return /(^|\.|_)password$/.test(key);
}

/**
 * Every key and value of the sample is in the generated file, except the listed deviations, each of
 * which must really occur (a stale deviation fails).
 */
export function expectHoldsSample(
  generatedText: string,
  sampleText: string,
  deviations: readonly Deviation[],
): void {
  const generated = flatten(parseToml(generatedText));
  const sample = flatten(parseToml(sampleText));
  const pending = new Map(deviations.map((d) => [d.key, d]));
  const mismatches: string[] = [];
  for (const [key, expected] of sample) {
    const actual = generated.has(key) ? generated.get(key) : ABSENT;
    const deviation = pending.get(key);
    if (deviation) {
      expect(same(actual, expected), `${key}: listed as a deviation but equals the sample`).toBe(
        false,
      );
      if (deviation.generated === ABSENT) expect(actual, key).toBe(ABSENT);
      else expect(same(actual, deviation.generated), `${key} = ${String(actual)}`).toBe(true);
      pending.delete(key);
    } else if (isCredential(key) && typeof actual === 'string' && isPlaceholder(actual)) {
      continue;
    } else if (actual === ABSENT || !same(actual, expected)) {
      mismatches.push(
        `${key}: sample ${JSON.stringify(expected)}, generated ${actual === ABSENT ? '(absent)' : JSON.stringify(actual)}`,
      );
    }
  }
  expect(mismatches).toEqual([]);
  expect([...pending.keys()], 'deviations that are not in the sample').toEqual([]);
}
