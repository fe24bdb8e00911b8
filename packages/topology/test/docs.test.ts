/** docs/diagnostics.md lists every diagnostic code with its severity. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../src/index.js';

it('docs/diagnostics.md documents every code with its severity', () => {
  const doc = readFileSync(
    fileURLToPath(new URL('../../../docs/diagnostics.md', import.meta.url)),
    'utf8',
  );
  const rows = new Map(
    [...doc.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|\s*(error|warning|info)\s*\|/gm)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  expect(Object.fromEntries(rows)).toEqual(DIAGNOSTIC_CODES);
});
