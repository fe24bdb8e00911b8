/**
 * The SPA's initial JavaScript and CSS, read from the production build (`apps/web/dist`): the files
 * index.html loads (its scripts, every `modulepreload`, the stylesheets) plus whatever those
 * scripts import statically, each gzipped at level 9 (as the common bundle analysers do).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { notRun, num, verdict, type Row } from './table.js';

export const WEB_DIST = fileURLToPath(new URL('../../apps/web/dist', import.meta.url));

const JS_BUDGET_KB = 170;
const CSS_BUDGET_KB = 15;
/** Chunks that must never be part of the initial load (the code view's highlighter, the export, the layout library in its worker). */
const LAZY_CHUNKS = ['code-view', 'export-image', 'layout-worker'] as const;

const kb = (bytes: number) => bytes / 1024;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** `/assets/x.js` → the file under dist. */
const local = (href: string) => join(WEB_DIST, href.replace(/^\//, ''));

/** Static imports of a built chunk (`import{…}from"./x.js"`, `import"./x.js"`), not `import()`. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of code.matchAll(/\bimport\s*(?:[\w$*{},\s]+from\s*)?["'](\.\/[^"']+)["']/g)) {
    if (m[1]) out.push(join(file, '..', m[1]));
  }
  return out;
}

export interface InitialFiles {
  readonly js: readonly string[];
  readonly css: readonly string[];
}

export function initialFiles(): InitialFiles {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const js = new Set<string>();
  const css = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const src = attr(tag, 'src');
    const href = attr(tag, 'href');
    const rel = attr(tag, 'rel');
    // Module or classic (public/boot.js): every script the page loads counts.
    if (tag.startsWith('<script') && src) js.add(local(src));
    else if (rel === 'modulepreload' && href) js.add(local(href));
    else if (rel === 'stylesheet' && href) css.add(local(href));
  }
  const queue = [...js];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const dep of staticImports(file)) {
      if (!js.has(dep)) {
        js.add(dep);
        queue.push(dep);
      }
    }
  }
  return { js: [...js], css: [...css] };
}

export function bundleRows(): Row[] {
  const jsWhat = 'SPA: initial JS, production build (gzip -9)';
  const cssWhat = 'SPA: initial CSS, production build (gzip -9)';
  const lazyWhat = `SPA: lazy chunks (${LAZY_CHUNKS.join(', ')}) not in the initial load`;
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    const why = 'apps/web/dist is missing: build first';
    return [
      notRun(jsWhat, `≤ ${JS_BUDGET_KB} KB gzip`, why),
      notRun(cssWhat, `≤ ${CSS_BUDGET_KB} KB gzip`, why),
      notRun(lazyWhat, 'lazy', why),
    ];
  }
  const { js, css } = initialFiles();
  const jsBytes = js.reduce((s, f) => s + gz(f), 0);
  const jsRaw = js.reduce((s, f) => s + readFileSync(f).length, 0);
  const cssBytes = css.reduce((s, f) => s + gz(f), 0);
  const assets = readdirSync(join(WEB_DIST, 'assets'));
  const base = (f: string) => f.slice(f.lastIndexOf('/') + 1);
  const missing = LAZY_CHUNKS.filter((c) => !assets.some((a) => a.startsWith(`${c}-`)));
  const eager = LAZY_CHUNKS.filter((c) => js.some((f) => base(f).startsWith(`${c}-`)));
  const lazyOk = missing.length === 0 && eager.length === 0;
  const jsKb = `${num(kb(jsBytes), 1)} KB`;
  return [
    {
      what: `${jsWhat}, ${js.length} file(s), ${num(kb(jsRaw))} KB raw`,
      median: jsKb,
      p95: jsKb,
      budget: `≤ ${JS_BUDGET_KB} KB gzip`,
      measured: jsKb,
      verdict: verdict(kb(jsBytes) <= JS_BUDGET_KB),
    },
    {
      what: `${cssWhat}, ${css.length} file(s)`,
      median: `${num(kb(cssBytes), 1)} KB`,
      p95: `${num(kb(cssBytes), 1)} KB`,
      budget: `≤ ${CSS_BUDGET_KB} KB gzip`,
      measured: `${num(kb(cssBytes), 1)} KB`,
      verdict: verdict(kb(cssBytes) <= CSS_BUDGET_KB),
    },
    {
      what: lazyWhat,
      median: '—',
      p95: '—',
      budget: 'separate chunks, not preloaded',
      measured: lazyOk
        ? 'lazy'
        : [
            missing.length ? `no chunk: ${missing.join(', ')}` : '',
            eager.length ? `initial: ${eager.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('; '),
      verdict: verdict(lazyOk),
    },
  ];
}
