import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'apps/*',
      // Rules about the repository itself (scripts/*.test.mjs).
      { test: { name: 'repo', include: ['scripts/**/*.test.mjs'] } },
    ],
  },
});
