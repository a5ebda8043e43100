import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The build tests run a real `astro build`; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
