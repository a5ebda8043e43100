/** The fine-print gate must be able to fail: a page built to hide fees in every way it checks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { chromiumPath, connectChromium } from '../helpers/browser.ts';
import { finePrintProblems } from '../helpers/fine-print.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

describe.skipIf(chromiumPath === undefined)('the fine-print gate', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(fileURLToPath(new URL('../fixtures/fine-print/', import.meta.url)));
    browser = await connectChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const allHidingPlaces =
    'finds the hidden, tiny, faint, transparent and clipped fees, and the small ones in a closed disclosure ' +
    'and a popover, and nothing else';
  it(allHidingPlaces, async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const problems = await finePrintProblems(page);
    expect(problems.map((p) => `${p.text} | ${p.problem.replace(/\d+\.\d+:1/, 'N:1')}`).sort()).toEqual([
      'A $4.99 processing fee applies. | hidden (display, visibility or opacity)',
      'A hidden fee of $10. | clipped to nothing',
      'A late fee of $15 applies. | font size 11px, below 14px',
      'A popover that hides a $3 fee in small type. | font size 10px, below 14px',
      'Cancel by phone only. | contrast N:1, below 4.5:1',
      'Early-termination fee: $200. | hidden (display, visibility or opacity)',
      'Plus applicable fees. | clipped by a container',
      'Prices exclude a $2 service charge. | font size 9px, below 14px',
    ]);
    await page.close();
  });
});
