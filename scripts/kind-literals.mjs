#!/usr/bin/env node
// Counts the places where shared code decides by a node kind's name or a release's number instead of
// asking the kind's module or the release's capabilities (issue 12; docs/extending.md). Shared code is
// packages/topology/src outside kinds/ and versions.ts, and apps/web/src outside nodes/; tests aside.
// ESLint enforces the same rule (eslint.config.js, `ownBehaviour`); this is the grep anyone can run:
//   node scripts/kind-literals.mjs        prints the git grep command and every match; exit 1 on any
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The kinds' names, from the one list of them. */
export function kindNames() {
  const text = readFileSync(join(root, 'packages/topology/src/kinds/kind-names.ts'), 'utf8');
  return [...text.slice(0, text.indexOf('] as const')).matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
}

export function grepArguments() {
  const kinds = `'(${kindNames().join('|')})'`;
  const cmp = '[[:space:]]*[!=]==?[[:space:]]*';
  const release = `'[0-9]+\\.[0-9]+\\.[0-9]+'`;
  const pattern = [
    `(kind|fronts)${cmp}${kinds}`,
    `${kinds}${cmp}[A-Za-z_.?]*(kind|fronts)`,
    `case ${kinds}:`,
    `\\.family([^A-Za-z]|$)`,
    `(startsWith|endsWith)\\('[0-9]`,
    `${cmp.replace(/^\[\[:space:\]\]\*/, '')}${release}`,
    `${release}${cmp}`,
  ].join('|');
  return [
    'grep',
    '-nE',
    pattern,
    '--',
    'packages/topology/src',
    'apps/web/src',
    ':!packages/topology/src/kinds',
    ':!packages/topology/src/versions.ts',
    ':!apps/web/src/nodes',
    ':!*.test.ts',
    ':!*.test.tsx',
  ];
}

/** The matching lines (empty when shared code names no kind and no release). */
export function kindLiterals() {
  try {
    return execFileSync('git', grepArguments(), { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch (e) {
    // git grep exits 1 when nothing matches.
    if (e.status === 1) return [];
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = grepArguments();
  console.log(`git ${args.map((a) => (/[ |()'*?[\]$]/.test(a) ? `"${a}"` : a)).join(' ')}`);
  const lines = kindLiterals();
  for (const l of lines) console.log(l);
  console.log(`${lines.length} kind or release literal(s) in shared code`);
  process.exit(lines.length === 0 ? 0 : 1);
}
