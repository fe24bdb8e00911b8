#!/usr/bin/env node
// After `vite build` and `vite build --ssr src/prerender.tsx --outDir .prerender`: renders the
// designer as a first visit shows it into dist/index.html (in place of <!--prerendered-->) and
// writes its .br / .gz, so that the page paints before its JavaScript arrives (issue 7: cold-load
// LCP). The browser hydrates it (src/main.tsx).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const ssrDir = join(web, '.prerender');
const indexHtml = join(web, 'dist', 'index.html');
const MARK = '<!--prerendered-->';

const { prerender } = await import(pathToFileURL(join(ssrDir, 'prerender.js')).href);
const html = readFileSync(indexHtml, 'utf8');
if (!html.includes(MARK)) {
  console.error(`✖ ${indexHtml} has no ${MARK} (already prerendered, or index.html changed)`);
  process.exit(1);
}
const app = prerender();
if (!app.includes('class="app"')) {
  console.error('✖ the prerendered markup has no designer in it:\n' + app.slice(0, 500));
  process.exit(1);
}
const out = html.replace(MARK, app);
writeFileSync(indexHtml, out);
writeFileSync(`${indexHtml}.gz`, gzipSync(out, { level: 9 }));
writeFileSync(
  `${indexHtml}.br`,
  brotliCompressSync(out, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
);
rmSync(ssrDir, { recursive: true, force: true });
console.log(
  `prerendered dist/index.html: ${out.length} bytes (${app.length} of them the designer)`,
);
