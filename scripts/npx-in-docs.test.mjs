/**
 * No document or script may run a package by a name the project does not pin (issue 20): before an
 * install, `npx <name>` asks the npm registry, and whoever owns the name there decides what runs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listInputs } from './lib/fingerprint.mjs';
import {
  lockfilePackages,
  markdownCode,
  packageName,
  refusal,
  runnerPackages,
} from './lib/npx-scan.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageManager = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
const lockNames = lockfilePackages(readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8'));
// Spelled in two parts so that this file does not contain what it looks for.
const CLI_BY_NAME = ['np', 'x apim-designer'].join('');

const TEXT = /\.(md|mjs|cjs|js|ts|tsx|sh|json|ya?ml|toml|html|txt)$|(^|\/)(Dockerfile|run)$/;

/** The repository's own files (tracked and new, not ignored): git's list, else a walk. */
function repositoryFiles() {
  try {
    return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
  } catch {
    return listInputs(root, ['']);
  }
}

/** The lockfile is data; this file's own examples below are what the scan must refuse. */
const SKIP = new Set(['pnpm-lock.yaml', 'scripts/npx-in-docs.test.mjs']);
const files = repositoryFiles().filter((f) => TEXT.test(f) && !SKIP.has(f));

describe('no command fetches a package the project does not pin', () => {
  it('reads the lockfile and finds the repository files', () => {
    expect(lockNames.has('vitest')).toBe(true);
    expect(lockNames.has('@eslint/js')).toBe(true);
    expect(files).toContain('README.md');
    expect(files).toContain('scripts/run.mjs');
  });

  it(`no Markdown file or script contains "${CLI_BY_NAME}"`, () => {
    const hits = files.filter((f) => readFileSync(join(root, f), 'utf8').includes(CLI_BY_NAME));
    expect(hits).toEqual([]);
  });

  it('every npx / npm exec / pnpm dlx names a package from the lockfile (or the pinned pnpm)', () => {
    const problems = [];
    for (const f of files) {
      const text = readFileSync(join(root, f), 'utf8');
      for (const use of runnerPackages(text, { markdown: f.endsWith('.md') })) {
        const why = refusal(use.spec, lockNames, packageManager);
        if (why) problems.push(`${f}:${use.line}: ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the scanner', () => {
  const scan = (text, markdown = false) =>
    runnerPackages(text, { markdown }).map((u) => refusal(u.spec, lockNames, packageManager));

  it('refuses unpinned names in every runner spelling, and allows lockfile names', () => {
    for (const line of [
      CLI_BY_NAME + ' validate x.json',
      'npx --yes apim-designer validate',
      'npx -y some-unknown-tool@1.0.0',
      'npm exec -- apim-designer render',
      'npm x apim-designer',
      'pnpm dlx apim-designer',
      'pnpx apim-designer',
      'yarn dlx apim-designer',
      'bunx apim-designer',
      'npx -p apim-designer -c "apim-designer validate"',
      'npx --package=apim-designer apim-designer',
    ])
      expect(scan(line), line).toEqual([expect.stringContaining('not in pnpm-lock.yaml')]);
    expect(scan('npx vitest run')).toEqual([null]);
    expect(scan('npx --yes @eslint/js')).toEqual([null]);
  });

  it('allows only the pinned pnpm', () => {
    expect(scan(`npx --yes ${packageManager} install`)).toEqual([null]);
    expect(scan('npx pnpm install')).toEqual([expect.stringContaining('must be pinned')]);
    expect(scan('npx pnpm@9.0.0 install')).toEqual([expect.stringContaining('must be pinned')]);
  });

  it('reads only the code of a Markdown file', () => {
    const md =
      'fetches pnpm through npx when missing\n\n```sh\nnpx evil-tool\n```\nand `npx other-tool`\n';
    expect(markdownCode(md)).toContain('npx evil-tool');
    expect(scan(md, true)).toHaveLength(2);
    expect(scan('prose about npx when it is missing', true)).toEqual([]);
  });

  it('knows a scoped package name from its version', () => {
    expect(packageName('@scope/tool@1.2.3')).toBe('@scope/tool');
    expect(packageName('tool@^2')).toBe('tool');
    expect(packageName('tool')).toBe('tool');
  });
});
