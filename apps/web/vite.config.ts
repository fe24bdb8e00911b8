import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defaultClientConditions, defaultServerConditions, defineConfig, type Plugin } from 'vite';

/**
 * Writes `x.br` and `x.gz` beside every built text asset, so that a server can send them as they
 * are (`@fastify/static`'s `preCompressed`): the first load moves about a third of the bytes.
 */
function precompress(outDir: string): Plugin {
  let ssr = false;
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    closeBundle() {
      // The prerender pass (`vite build --ssr`) writes no assets; scripts/prerender.mjs compresses
      // the index.html it fills in.
      if (ssr) return;
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
        );
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress('dist')],
  // Compile the core from its TypeScript source (its package.json `source` export condition).
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // The prerender pass (`vite build --ssr src/prerender.tsx`) compiles the core from source too.
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  // The import worker lazy-loads fflate, so it needs a format that can split code.
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
