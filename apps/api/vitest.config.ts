import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/build-setup.ts', './test/postgres-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
