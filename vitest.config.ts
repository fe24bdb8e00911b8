import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'apps/*',
      // Checks over the repository itself (its documents and scripts).
      { test: { name: 'repo', include: ['scripts/**/*.test.mjs'] } },
    ],
  },
});
