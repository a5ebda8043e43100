import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './content-tree.ts';

/** What a real `astro build` did. */
export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  /** Where the site was written. */
  outDir: string;
}

/** 2026-11-22T00:00:00Z: a fixed "today" so that the build test is reproducible. */
export const fixedEpoch = '1795305600';

/**
 * Runs the real `astro build` of this project in a child process, on the
 * Node that runs the tests, into a fresh output folder.
 */
export function astroBuild(options: { contentDir?: string } = {}): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), 'plainsight-dist-'));
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      SOURCE_DATE_EPOCH: fixedEpoch,
      PLAINSIGHT_OUT_DIR: outDir,
      ...(options.contentDir ? { PLAINSIGHT_CONTENT_DIR: options.contentDir } : {}),
    },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir };
}
