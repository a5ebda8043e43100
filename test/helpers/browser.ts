/**
 * Debian's Chromium driven by playwright-core, for tests that need a real
 * browser. Outside CI a missing Chromium skips those tests with a loud
 * warning; with CI=true it is a failure, because CI installs it (.ci/run).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

/** The Chromium to drive: CHROME_PATH, or Debian's package. */
export function findChromium(): string | undefined {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

export const chromiumPath = findChromium();

if (chromiumPath === undefined) {
  const message =
    "No Chromium found (set CHROME_PATH or install Debian's chromium package): the real-browser tests cannot run.";
  if (process.env['CI'] === 'true') throw new Error(message);
  console.warn(`\n*** ${message} They are SKIPPED. ***\n`);
}

/** How Chromium is started: headless (Playwright's default), in a container without a GPU. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

/**
 * The Chromium that test/setup/sample-site.ts started for the whole run.
 * Closing what this returns closes the caller's contexts and pages, not
 * the browser.
 */
export async function connectChromium(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  if (endpoint === undefined) throw new Error('No Chromium to connect to.');
  return chromium.connect(endpoint);
}
