import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The tests that read the run's one build of the sample content, or drive
 * its Chromium: test/setup/sample-site.ts makes both, once, when one of
 * these runs.
 */
const sampleSiteTests = ['test/e2e/build.test.ts', 'test/e2e/links-and-security.test.ts', 'test/browser/**/*.test.ts'];

export default defineConfig({
  test: {
    // The build tests run a real `astro build`; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sample-site',
          include: sampleSiteTests,
          globalSetup: ['test/setup/sample-site.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'standalone',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...sampleSiteTests],
        },
      },
    ],
  },
});
