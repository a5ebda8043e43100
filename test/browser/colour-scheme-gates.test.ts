/**
 * The gates of every page must see the dark scheme: quality-gates.ts loads
 * a page once and switches its scheme with `emulateMedia`. A page whose fee
 * is faint only in dark must fail in dark, on axe and on the fine print,
 * and pass in light.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { addAxe } from '../helpers/axe.ts';
import { chromiumPath, connectChromium } from '../helpers/browser.ts';
import { qualityProblems } from '../helpers/quality-gates.ts';

describe.skipIf(chromiumPath === undefined)('the gates in light and dark', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(fileURLToPath(new URL('../fixtures/dark-scheme/', import.meta.url)));
    browser = await connectChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('find the fee that is faint only in dark, in dark only', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(`${server.url}/`);
    await addAxe(page);
    const problems = await qualityProblems(page);
    expect(problems.map((p) => p.replace(/\d+\.\d+:1/, 'N:1'))).toEqual([
      'dark axe color-contrast: #late-fee',
      'dark fine print contrast N:1, below 4.5:1: A late fee of $15 applies.',
    ]);
    await page.close();
  });
});
