/**
 * Quality gates on every page of the production build, in Debian's Chromium,
 * served the way a static host serves it (with public/_headers):
 * - zero axe violations for WCAG 2.0, 2.1 and 2.2, A and AA, in light and dark;
 * - no fine print (see fine-print.ts), in light and dark;
 * - pricing pages' headline numbers at least the body text size;
 * - no request to any other host, and no Content Security Policy violation;
 * - with JavaScript off, every page shows its content and the cost tables their totals.
 * The page list is read from the build output, never written by hand.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';
import { finePrintProblems } from '../helpers/fine-print.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Every page of the build as a path: /pricing/ for pricing/index.html, /404.html for 404.html. */
function pagesOf(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
    );
  return walk(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative(outDir, file).replace(/index\.html$/, '')}`)
    .sort();
}

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

describe.skipIf(chromiumPath === undefined)('every page of the built site in Chromium', () => {
  const site = builtSiteInChromium();
  let pages: string[];

  beforeAll(() => {
    pages = pagesOf(site.build.outDir);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no accessibility violation, no fine print, and loads nothing from elsewhere (${scheme})`, async () => {
      expect(pages.length).toBeGreaterThan(40);
      const context = await site.browser.newContext({ colorScheme: scheme });
      const foreign: string[] = [];
      const cspViolations: string[] = [];
      context.on('request', (request) => {
        if (!request.url().startsWith(site.server.url) && !request.url().startsWith('data:'))
          foreign.push(request.url());
      });
      context.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
      });
      const results = await eachPage(context, site.server.url, pages, async (page, path) => {
        const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        const violations = axe.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
        const finePrint = (await finePrintProblems(page)).map((p) => `${p.problem}: ${p.text}`);
        // Headline prices on the pricing pages are at least the body size.
        if (path.startsWith('/pricing/')) {
          const small = await page.evaluate(() => {
            const body = Number.parseFloat(getComputedStyle(document.body).fontSize);
            return [...document.querySelectorAll('[data-price="all-in"]')]
              .filter((el) => Number.parseFloat(getComputedStyle(el).fontSize) < body)
              .map((el) => el.textContent);
          });
          finePrint.push(...small.map((text) => `headline price smaller than body text: ${text}`));
        }
        return { violations, finePrint };
      });
      await context.close();
      const failures = results.flatMap(([path, r]) => [
        ...r.violations.map((v) => `${path} axe ${v}`),
        ...r.finePrint.map((f) => `${path} fine print ${f}`),
      ]);
      expect(failures).toEqual([]);
      expect(foreign).toEqual([]);
      expect(cspViolations).toEqual([]);
    }, 240_000);
  }

  it("shows every page's content with JavaScript off, and the cost tables their totals", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const results = await eachPage(context, site.server.url, pages, async (page, path) => {
      const text = (await page.locator('main').innerText()).trim();
      const totals =
        path.startsWith('/pricing/') && !path.startsWith('/pricing/fees') && path !== '/pricing/'
          ? await page
              .locator('[data-total-months]')
              .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).innerText))
          : undefined;
      return { length: text.length, totals };
    });
    await context.close();
    for (const [path, { length, totals }] of results) {
      expect(length, path).toBeGreaterThan(100);
      if (totals !== undefined) {
        expect(totals.length, path).toBeGreaterThanOrEqual(2);
        for (const total of totals) expect(total, path).toMatch(/^\$[\d,]+\.\d{2}$/);
      }
    }
  }, 120_000);
});
