import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './test/setup/sequencer.ts';

// Node keeps the code it compiles for the next process that loads the same
// files (the folder Astro's own command uses): the tests start the check's
// and new:incident's command lines again and again, and each start took half
// as long (measured: test/check/cli.test.ts 16 s of CPU, 10.5 s with it).
// Set here, it reaches the test workers and every process they start.
process.env['NODE_COMPILE_CACHE'] ??= join(tmpdir(), 'node-compile-cache');

// A test names the base revision it compares content with. In a pull request
// on GitHub Actions, GITHUB_BASE_REF would otherwise make every command line
// a test starts on a temporary content folder ask git for a base, and fail.
delete process.env['PLAINSIGHT_BASE'];
delete process.env['GITHUB_BASE_REF'];

/**
 * The tests that read the run's one build of the sample content, or drive
 * its Chromium: test/setup/sample-site.ts makes both, once, when one of
 * these runs.
 */
const sampleSiteTests = [
  'test/e2e/build.test.ts',
  'test/e2e/cache-headers.test.ts',
  'test/e2e/links-and-security.test.ts',
  'test/e2e/help-pages.test.ts',
  'test/e2e/status-pages.test.ts',
  'test/e2e/transparency.test.ts',
  'test/browser/**/*.test.ts',
  'test/types/astro-check.test.ts',
];

/** The tests that drive `astro dev` in the project's own folder. */
const devServerTests = ['test/e2e/dev.test.ts'];

export default defineConfig({
  test: {
    // The build tests run a real `astro build`; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Most of the slow files wait on other processes (builds, astro check,
    // Chromium), so more files run at once than there are cores; vitest's
    // default is one fewer than the cores, one at a time on two.
    maxWorkers: 3,
    // A worker runs file after file with the modules it has loaded: isolating
    // each file loaded the check engine and its facts again for every rule's
    // table (measured: 70 s of CPU for the unit tests, 17 s without). No test
    // mocks a module or changes state that another file reads.
    isolate: false,
    sequence: { sequencer: LongestFirstSequencer },
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
          exclude: [...configDefaults.exclude, ...sampleSiteTests, ...devServerTests],
        },
      },
      {
        extends: true,
        test: {
          name: 'dev-server',
          include: devServerTests,
          // After every other file: a build writes the project's .astro/ folder, which the dev server
          // watches, so a build beside it reloads the page under test (and closed the toolbar's lens).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
