/**
 * Every page of the production build at the widths customers read it at: a
 * small phone (320), a common phone (390), a tablet (768) and a laptop
 * (1280), in Chromium. No page may be wider than the screen; a table too
 * wide for it scrolls inside its own box, which a keyboard can reach and a
 * screen reader can name, and which says that it scrolls.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';
import { builtPages } from '../helpers/built-pages.ts';

const widths = [320, 390, 768, 1280];

/** Runs in the page: what is wider than the screen, and the scroll boxes that do not say they scroll. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > viewport) {
    // Name the outermost elements that stick out, so that a failure says where to look.
    const wide = [...document.body.querySelectorAll('*')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.right > viewport + 1 && !el.parentElement?.closest('.table-scroll');
    });
    const outermost = wide.filter((el) => !wide.some((other) => other !== el && other.contains(el)));
    problems.push(
      `page is ${document.documentElement.scrollWidth}px wide: ` +
        outermost
          .slice(0, 3)
          .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`)
          .join(', '),
    );
  }
  for (const box of document.querySelectorAll<HTMLElement>('.table-scroll')) {
    if (box.scrollWidth <= box.clientWidth) continue;
    const named = box.getAttribute('aria-labelledby') ?? box.getAttribute('aria-label');
    if (box.tabIndex !== 0 || !named) problems.push('a scrolling box a keyboard cannot reach or a reader cannot name');
    if (getComputedStyle(box, '::after').content === 'none' && !box.querySelector('.scroll-hint'))
      problems.push('a scrolling box that does not say it scrolls');
  }
  return problems;
}

describe.skipIf(chromiumPath === undefined)('every page at phone, tablet and laptop widths', () => {
  const site = builtSiteInChromium();

  it('is never wider than the screen, and wide tables scroll in a box that says so', async () => {
    const pages = builtPages(site.build.outDir);
    expect(pages.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const width of widths) {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      const queue = [...pages];
      await Promise.all(
        Array.from({ length: 3 }, async () => {
          const page: Page = await context.newPage();
          for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
            await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
            for (const problem of await page.evaluate(layoutProblems)) found.push(`${width}px ${path}: ${problem}`);
          }
          await page.close();
        }),
      );
      await context.close();
    }
    expect(found.sort()).toEqual([]);
  });
});

describe.skipIf(chromiumPath === undefined)('the status page on a phone', () => {
  const site = builtSiteInChromium();

  it('shows the last 30 days of bars, today on screen, and keeps all 90 for screen readers', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/status/`, { waitUntil: 'load' });
    const lists = await page.$$eval('.status-bars', (all) =>
      all.map((list) => {
        const bars = [...list.querySelectorAll('li')];
        const shown = bars.filter((bar) => bar.getBoundingClientRect().width > 1);
        const today = bars.at(-1)?.getBoundingClientRect();
        return {
          all: bars.length,
          shown: shown.length,
          todayOnScreen: today !== undefined && today.width > 1 && today.right <= window.innerWidth,
        };
      }),
    );
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list).toEqual({ all: 90, shown: 30, todayOnScreen: true });
    const uptime = await page.locator('td[data-label="Uptime, 30 days"]').first().boundingBox();
    expect(uptime?.x ?? Infinity).toBeLessThan(390);
    await context.close();
  });
});

describe.skipIf(chromiumPath === undefined)('the status page shows severity by shape and colour', () => {
  const site = builtSiteInChromium();

  it('draws worse days as taller bars, and the headline as a coloured banner', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/status/`, { waitUntil: 'load' });
    const heights = await page.$$eval('.bar-legend .bar', (bars) =>
      bars.map((bar) => bar.getBoundingClientRect().height),
    );
    // The legend lists no problems, maintenance, degraded, partial and major outage, in that order.
    expect(heights).toHaveLength(5);
    for (let i = 1; i < heights.length; i += 1) expect(heights[i]).toBeGreaterThan(heights[i - 1] ?? 0);
    const banner = await page.$eval('.status-banner', (el) => {
      const style = getComputedStyle(el);
      return { border: Number.parseFloat(style.borderLeftWidth), background: style.backgroundColor };
    });
    expect(banner.border).toBeGreaterThan(4);
    expect(banner.background).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });
});
