/**
 * Rules about the repository's structure (issue 12), run by `npm test` (vitest project "repo"):
 * no import loop and no import out of a package, no kind or release literal in shared code, no source
 * file (TypeScript, JavaScript or CSS) past 400 lines.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkImports } from './check-imports.mjs';
import { kindLiterals } from './kind-literals.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_LINES = 400;

// Each rule reads the whole tree: seconds on a loaded machine, not the default 5.
describe('the repository', { timeout: 60_000 }, () => {
  it('has no import loop in any package, and no relative import out of a package', () => {
    const { cycles, escapes } = checkImports();
    expect(cycles).toEqual([]);
    expect(escapes).toEqual([]);
  });

  it('names no node kind and no release in shared code (scripts/kind-literals.mjs)', () => {
    expect(kindLiterals()).toEqual([]);
  });

  it(`has no source file over ${MAX_LINES} lines`, () => {
    const files = execFileSync(
      'git',
      [
        'ls-files',
        '--',
        '*.ts',
        '*.tsx',
        '*.mjs',
        '*.js',
        '*.css',
        ':!**/fixtures/**',
        ':!**/golden/**',
      ],
      { cwd: root, encoding: 'utf8' },
    )
      .split('\n')
      .filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((f) => ({ f, lines: readFileSync(join(root, f), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
