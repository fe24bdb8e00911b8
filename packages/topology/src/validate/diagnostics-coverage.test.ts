import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../diagnostics.js';

/** The code (last argument) of every `expectCode(…)` call, found by matching its parentheses. */
function expectCodeArguments(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf('expectCode('); at >= 0; at = text.indexOf('expectCode(', at + 1)) {
    let depth = 0;
    let end = at + 'expectCode'.length;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    const last = [...text.slice(at, end).matchAll(/'([a-z-]+)'/g)].pop();
    if (last?.[1]) out.push(last[1]);
  }
  return out;
}

describe('the validation tests', () => {
  it('produce every diagnostic code: each is asserted by an expectCode call in src/validate/*.test.ts', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
      .join('\n');
    // expectCode(document, 'code') asserts the code is produced with its severity (test/validate-kit.ts).
    const asserted = new Set(expectCodeArguments(text));
    const each = [...text.matchAll(/\['[^']*', \[[^\]]*\], '([a-z-]+)'\]/g)].flatMap((m) =>
      m[1] ? [m[1]] : [],
    );
    for (const code of each) asserted.add(code);
    // Codes the renderer produces (a file that does not parse back) are asserted where it is tested.
    const renderTests = readFileSync(
      fileURLToPath(new URL('../render/parse-back.test.ts', import.meta.url)),
      'utf8',
    );
    for (const m of renderTests.matchAll(/code: '([a-z-]+)'/g)) if (m[1]) asserted.add(m[1]);
    expect(Object.keys(DIAGNOSTIC_CODES).filter((c) => !asserted.has(c))).toEqual([]);
  });
});
