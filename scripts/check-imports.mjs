#!/usr/bin/env node
// The import graph's rules (issue 12), over every workspace package's source:
//  1. no import loop inside a package (type-only imports count too: a loop of types is still a
//     loop of modules that cannot be understood one at a time);
//  2. no relative import that leaves its package's folder: another package is imported by its name.
// Prints each loop (its modules in order) and each escaping import; exits 1 when there is any.
// Run by `npm test` (through vitest: scripts/check-imports.test.mjs) and by hand:
//   node scripts/check-imports.mjs [--json]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The workspace packages: every folder with a package.json under apps/ and packages/, and e2e, bench, examples. */
export function workspacePackages() {
  const out = [];
  for (const group of ['apps', 'packages']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (existsSync(join(dir, name, 'package.json'))) out.push(join(dir, name));
    }
  }
  for (const name of ['e2e', 'bench', 'examples', 'docker']) {
    if (existsSync(join(root, name, 'package.json'))) out.push(join(root, name));
  }
  return out;
}

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIP = new Set([
  'node_modules',
  'dist',
  '.compare',
  '.prerender',
  'coverage',
  'test-results',
]);

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function specifiers(file) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const out = [];
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      out.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** A relative specifier to the file it names (`./x.js` is `./x.ts` in TypeScript sources). */
function resolveRelative(from, spec) {
  const base = resolve(dirname(from), spec.replace(/[?#].*$/, ''));
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    base.replace(/\.mjs$/, '.mts'),
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? base;
}

/** Strongly connected components with more than one module (or a module importing itself). */
function loops(graph) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const out = [];
  const strong = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) strong(v);
  return out;
}

export function checkImports() {
  const cycles = [];
  const escapes = [];
  for (const pkg of workspacePackages()) {
    const files = sourceFiles(pkg);
    const graph = new Map();
    for (const file of files) {
      const deps = [];
      for (const spec of specifiers(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolveRelative(file, spec);
        if (!(target + sep).startsWith(pkg + sep) && target !== pkg) {
          escapes.push({
            file: relative(root, file),
            specifier: spec,
            package: relative(root, pkg),
          });
          continue;
        }
        if (SOURCE.test(target)) deps.push(target);
      }
      graph.set(file, deps);
    }
    for (const scc of loops(graph)) cycles.push(scc.map((f) => relative(root, f)));
  }
  return { cycles, escapes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = checkImports();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    for (const c of result.cycles)
      console.log(`import loop (${c.length} modules):\n  ${c.join('\n  ')}`);
    for (const e of result.escapes)
      console.log(
        `${e.file} imports "${e.specifier}", outside ${e.package}: import it by its package name`,
      );
    console.log(
      `${result.cycles.length} import loop(s), ${result.escapes.length} import(s) leaving a package`,
    );
  }
  process.exit(result.cycles.length + result.escapes.length === 0 ? 0 : 1);
}
