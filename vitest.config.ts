import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn real processes; two cores here.
    testTimeout: 30_000,
    // Removes the temporary repositories each test makes (test/helpers/temp.ts).
    setupFiles: ['test/helpers/cleanup.ts'],
  },
});
