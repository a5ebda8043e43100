/**
 * Quality gates on every page of the production build, in Debian's Chromium,
 * served the way a static host serves it (with public/_headers):
 * - zero axe violations for WCAG 2.0, 2.1 and 2.2, A and AA, in light and dark;
 * - no fine print (see fine-print.ts), in light and dark;
 * - pricing pages' headline numbers at least the body text size;
 * - no request to any other host, and no Content Security Policy violation;
 * - with JavaScript off, every page shows its content and the cost tables their totals.
 * The page list is read from the build output, never written by hand. Each
 * page is loaded once for both colour schemes (quality-gates.ts says how).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser.ts';
import { addAxeToEveryPage } from '../helpers/axe.ts';
import { builtPages } from '../helpers/built-pages.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';
import { colourSchemes, qualityProblems } from '../helpers/quality-gates.ts';

/** Runs `visit` on every page, a few at a time. */
async function eachPage<T>(
  context: BrowserContext,
  base: string,
  pages: readonly string[],
  visit: (page: Page, path: string) => Promise<T>,
): Promise<Array<[string, T]>> {
  const results: Array<[string, T]> = [];
  const queue = [...pages];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await page.goto(`${base}${path}`, { waitUntil: 'load' });
        results.push([path, await visit(page, path)]);
      }
      await page.close();
    }),
  );
  return results.sort(([a], [b]) => a.localeCompare(b));
}

/** Runs in the page: the headline prices set smaller than the body text. */
function smallHeadlinePrices(): Array<string | null> {
  const body = Number.parseFloat(getComputedStyle(document.body).fontSize);
  return [...document.querySelectorAll('[data-price="all-in"]')]
    .filter((el) => Number.parseFloat(getComputedStyle(el).fontSize) < body)
    .map((el) => el.textContent);
}

describe.skipIf(chromiumPath === undefined)('every page of the built site in Chromium', () => {
  const site = builtSiteInChromium();
  let pages: string[];

  beforeAll(() => {
    pages = builtPages(site.build.outDir);
  });

  it('has no accessibility violation and no fine print, light and dark, and loads nothing from elsewhere', async () => {
    expect(pages.length).toBeGreaterThan(40);
    const context = await site.browser.newContext({ colorScheme: 'light' });
    await addAxeToEveryPage(context);
    const foreign: string[] = [];
    const cspViolations: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(site.server.url) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    context.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
    const results = await eachPage(context, site.server.url, pages, async (page, path) => {
      const problems = await qualityProblems(page);
      // Headline prices on the pricing pages are at least the body size (dark, then light: the next page loads light).
      if (path.startsWith('/pricing/')) {
        for (const colorScheme of [...colourSchemes].reverse()) {
          await page.emulateMedia({ colorScheme });
          const small = await page.evaluate(smallHeadlinePrices);
          problems.push(...small.map((text) => `${colorScheme} headline price smaller than body text: ${text}`));
        }
      }
      return problems;
    });
    await context.close();
    expect(results.flatMap(([path, problems]) => problems.map((problem) => `${path} ${problem}`))).toEqual([]);
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
  }, 240_000);

  it("shows every page's content with JavaScript off, and the cost tables their totals", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    // `evaluate` goes through the DevTools protocol, which JavaScript being off does not stop, and runs none of
    // the page's scripts; locators would load Playwright's own script into every page (measured: a fifth slower).
    const results = await eachPage(context, site.server.url, pages, async (page, path) => {
      const shown = await page.evaluate(() => ({
        mains: document.querySelectorAll('main').length,
        text: document.querySelector('main')?.innerText.trim() ?? '',
        totals: [...document.querySelectorAll('[data-total-months]')].map((cell) => (cell as HTMLElement).innerText),
      }));
      const planPage = path.startsWith('/pricing/') && !path.startsWith('/pricing/fees') && path !== '/pricing/';
      return { mains: shown.mains, length: shown.text.length, totals: planPage ? shown.totals : undefined };
    });
    await context.close();
    for (const [path, { mains, length, totals }] of results) {
      expect(mains, path).toBe(1);
      expect(length, path).toBeGreaterThan(100);
      if (totals !== undefined) {
        expect(totals.length, path).toBeGreaterThanOrEqual(2);
        for (const total of totals) expect(total, path).toMatch(/^\$[\d,]+\.\d{2}$/);
      }
    }
  }, 120_000);
});
