import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { name: 'cli', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
