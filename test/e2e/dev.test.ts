import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedEpoch } from '../helpers/astro-build.ts';
import { ContentTree, projectRoot } from '../helpers/content-tree.ts';
import { joinedRegExp } from '../helpers/regexp.ts';

/** Resolves when `output()` matches `pattern`, or rejects after `ms`. */
async function waitFor(output: () => string, pattern: RegExp, ms: number): Promise<void> {
  const start = Date.now();
  while (!pattern.test(output())) {
    if (Date.now() - start > ms) throw new Error(`Timed out waiting for ${pattern} in:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('astro dev', () => {
  const tree = new ContentTree();
  afterAll(() => tree.dispose());

  it('re-checks a content file when it changes and prints the report as a warning', async () => {
    let output = '';
    const server = spawn(
      process.execPath,
      [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4391'],
      {
        cwd: projectRoot,
        // The child must not inherit the test runner's own Node options and markers.
        env: {
          ...Object.fromEntries(
            Object.entries(process.env).filter(([key]) => !/^(NODE_OPTIONS|VITEST|TINYPOOL)/.test(key)),
          ),
          PLAINSIGHT_CONTENT_DIR: tree.dir,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          SOURCE_DATE_EPOCH: fixedEpoch,
        },
      },
    );
    server.stdout.on('data', (chunk) => (output += String(chunk)));
    server.stderr.on('data', (chunk) => (output += String(chunk)));
    try {
      await waitFor(() => output, /watching for file changes/, 60_000);
      tree.replace(
        'policies/cancellation/2025-03-01.mdx',
        'Service ends at the end of the day you choose.',
        'Service ends at the end of the day you choose. We may refuse at our sole discretion.',
      );
      await waitFor(() => output, /gotcha\/sole-discretion/, 30_000);
      expect(output).toMatch(
        joinedRegExp([
          /WARN\] \[plainsight:content-check\][^]*cancellation\/2025-03-01\.mdx\n/,
          / +28:\d+ +error +Say when and why, not "sole discretion"/,
        ]),
      );
    } finally {
      server.kill();
    }
  });
});
