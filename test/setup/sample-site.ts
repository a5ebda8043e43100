/**
 * Global setup of the `sample-site` test project (vitest.config.ts): one
 * real `astro build` of the sample content, with the tests' fixed "today",
 * for every test that reads its output, served by tools/static-server.ts
 * with the site's `_headers`; and one Chromium for the browser tests to
 * connect to.
 *
 * The build is started here and not awaited: vitest starts its workers only
 * after global setup, and the tests that do not read the build run while it
 * is made. `sampleSite()` (test/helpers/sample-site.ts) waits for it.
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { chromiumArgs, chromiumPath } from '../helpers/browser.ts';
import type { SampleSite } from '../helpers/sample-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared build is written, and the file, written when it is done, that holds its `SampleSite`. */
    sampleSite: { outDir: string; doneFile: string };
    /** The shared Chromium's address for `chromium.connect()`, or undefined without a Chromium. */
    chromiumEndpoint: string | undefined;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stateDir = mkdtempSync(join(tmpdir(), 'plainsight-sample-site-'));
  const outDir = join(stateDir, 'dist');
  const doneFile = join(stateDir, 'done.json');
  let server: StaticServer | undefined;
  const done = (site: SampleSite) => {
    // Written whole, then renamed: a test never reads half of it.
    writeFileSync(`${doneFile}.part`, JSON.stringify(site));
    renameSync(`${doneFile}.part`, doneFile);
  };
  const building = astroBuild({ outDir })
    .then(async (build) => {
      // Served once it is written: sirv lists the folder when it starts.
      if (build.status === 0) server = await serveStatic(outDir);
      done({ ...build, url: server?.url ?? '' });
    })
    .catch((error: unknown) => done({ status: null, output: String(error), outDir, url: '' }));
  const browserServer =
    chromiumPath === undefined
      ? undefined
      : await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
  project.provide('sampleSite', { outDir, doneFile });
  project.provide('chromiumEndpoint', browserServer?.wsEndpoint());
  return async () => {
    await building;
    await browserServer?.close();
    await server?.close();
    rmSync(stateDir, { recursive: true, force: true });
  };
}
