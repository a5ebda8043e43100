import { spawn } from 'node:child_process';
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
 * Node that runs the tests, into a fresh output folder (or `outDir`). The
 * build runs beside the caller, so that several builds, or a build and
 * other tests, can share the machine's cores.
 */
export function astroBuild(options: { contentDir?: string; outDir?: string } = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'plainsight-dist-'));
  const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
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
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      // eslint-disable-next-line no-control-regex
      const output = `${Buffer.concat(stdout)}\n${Buffer.concat(stderr)}`.replace(/\u001b\[[0-9;]*m/g, '');
      resolve({ status, output, outDir });
    });
  });
}
