/**
 * `astro check`: TypeScript in strict mode over every `.ts` and `.astro`
 * file, zero errors allowed. It runs in the test run, beside the other
 * tests, so that its half minute on one core overlaps theirs.
 *
 * It starts once the run's build of the sample content is done
 * (test/setup/sample-site.ts). That build has just written the content
 * types the check reads (`.astro/`), so the check runs with `--noSync`:
 * syncing again would rewrite those files, and Astro's content cache,
 * while other builds of the run use them.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-tree.ts';
import { sampleSite } from '../helpers/sample-site.ts';

/** Runs `astro check` on the Node that runs the tests: its exit code and its output, without colour. */
function astroCheck(): Promise<{ status: number | null; output: string }> {
  const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'check', '--noSync'], {
    cwd: projectRoot,
    // Not the test runner's own Node options and markers.
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(([key]) => !/^(NODE_OPTIONS|VITEST|TINYPOOL)/.test(key)),
      ),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('astro check', () => {
  it('finds no error in any .ts or .astro file', async () => {
    await sampleSite();
    const result = await astroCheck();
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/- 0 errors/);
  });
});
