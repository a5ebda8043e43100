/**
 * The setup every real-browser test file shares: the run's one build of the
 * sample site (test/helpers/sample-site.ts), served with its `_headers` by
 * tools/static-server.ts, and the run's Chromium. Call inside a `describe`;
 * the file's contexts and pages are closed after its tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { connectChromium } from './browser.ts';
import { builtSampleSite, type SampleSite } from './sample-site.ts';

export interface BuiltSite {
  build: SampleSite;
  server: { url: string };
  browser: Browser;
}

export function builtSiteInChromium(): BuiltSite {
  // Filled in by beforeAll; the tests read it only after.
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.build = await builtSampleSite();
    site.server = { url: site.build.url };
    site.browser = await connectChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
  });
  return site;
}
