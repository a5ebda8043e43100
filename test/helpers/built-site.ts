/**
 * The setup every real-browser test file shares: a real `astro build` of the
 * sample site, served with its `_headers` by the project's static server,
 * and Debian's Chromium. Call inside a `describe`; everything is cleaned up
 * after the file's tests.
 */
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { astroBuild, type BuildResult } from './astro-build.ts';
import { launchChromium } from './browser.ts';

export interface BuiltSite {
  build: BuildResult;
  server: StaticServer;
  browser: Browser;
}

export function builtSiteInChromium(): BuiltSite {
  // Filled in by beforeAll; the tests read it only after.
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.build = astroBuild();
    if (site.build.status !== 0) throw new Error(site.build.output);
    site.server = await serveStatic(site.build.outDir);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
    if (site.build) rmSync(site.build.outDir, { recursive: true, force: true });
  });
  return site;
}
