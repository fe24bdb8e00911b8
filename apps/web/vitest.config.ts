import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Tests run in Vite's server environment: the `source` condition must be set there too, or the
// core resolves to its (possibly unbuilt) dist.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: { name: 'web', include: ['src/**/*.test.ts'] },
});
