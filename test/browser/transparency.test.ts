/**
 * /transparency/ in Chromium: on a phone it is a fraction of the length of
 * the rule reference (which holds what the page used to be), an old rule
 * anchor still lands on the rule, and each exception's link opens its page
 * scrolled to the sentence it quotes, by the text fragment alone (no
 * JavaScript). Accessibility, colour schemes and widths are checked for
 * every page by site-quality.test.ts and responsive.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';

/** Runs in the page: the whole page's height. */
const pageHeight = () => document.documentElement.scrollHeight;

/** Runs in the page: whether the block whose text holds `words` is on screen. */
function onScreen(words: string): boolean {
  const plain = (text: string | null) =>
    (text ?? '')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/\s+/g, ' ');
  const block = [...document.querySelectorAll('main p, main dd, main li')].find((el) =>
    plain(el.textContent).includes(words),
  );
  if (block === undefined) return false;
  const box = block.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}

describe.skipIf(chromiumPath === undefined)('/transparency/ in Chromium', () => {
  const site = builtSiteInChromium();

  it('is a fraction of the rule reference’s height on a 390 px phone', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/transparency/`, { waitUntil: 'load' });
    const customer = await page.evaluate(pageHeight);
    await page.goto(`${site.server.url}/transparency/rules/`, { waitUntil: 'load' });
    const reference = await page.evaluate(pageHeight);
    console.info(`/transparency/ at 390 px: ${customer} px; /transparency/rules/: ${reference} px.`);
    expect(customer).toBeLessThan(reference / 4);
    await context.close();
  });

  it('lands an old rule anchor on the rule, which links to the reference', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/transparency/#rule-gotcha-sole-discretion`, { waitUntil: 'load' });
    const target = page.locator('#rule-gotcha-sole-discretion');
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    // Scrolled into view: its top within a pixel of the viewport's (a web font can leave a fraction above).
    const box = await target.boundingBox();
    expect(box?.y ?? -Infinity).toBeGreaterThan(-1);
    expect(box?.y ?? Infinity).toBeLessThan(844);
    await target.locator('a').click();
    await page.waitForURL(`${site.server.url}/transparency/rules/#rule-gotcha-sole-discretion`);
    expect(await page.locator('#rule-gotcha-sole-discretion h3').innerText()).toBe('gotcha/sole-discretion');
    await context.close();
  });

  it('opens each exception’s page at the sentence it quotes, with JavaScript off', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 500 }, javaScriptEnabled: false });
    const list = await context.newPage();
    await list.goto(`${site.server.url}/transparency/`, { waitUntil: 'load' });
    const links = await list.$$eval('.exception figure', (figures) =>
      figures.map((figure) => ({
        href: figure.querySelector('figcaption a')?.getAttribute('href') ?? '',
        quoted: (figure.querySelector('blockquote')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
    expect(links.length).toBeGreaterThan(0);
    const below: string[] = [];
    for (const { href, quoted } of links) {
      const words = quoted.split(' … ')[0]?.split(' ').slice(0, 4).join(' ') ?? '';
      // A fresh page for each: a text fragment is followed on a new navigation, not within one page.
      const page: Page = await context.newPage();
      await page.goto(`${site.server.url}${href.split('#')[0]}`, { waitUntil: 'load' });
      if (!(await page.evaluate(onScreen, words))) below.push(href);
      await page.close();
      const opened: Page = await context.newPage();
      await opened.goto(`${site.server.url}${href}`, { waitUntil: 'load' });
      // Chromium looks for the words after the page has loaded, then scrolls; on a loaded machine
      // (the whole suite on two cores) that has taken over 5 s.
      await opened.waitForFunction(onScreen, words, { timeout: 20_000 }).catch(() => undefined);
      // Where the link names an element too (`#router-rental:~:text=…`), Chromium may scroll to the element
      // instead of the words: then the element is what must be on screen (seen only in the full suite).
      const id = /#([^:]+):~:/.exec(href)?.[1];
      const shown =
        (await opened.evaluate(onScreen, words)) ||
        (id !== undefined &&
          (await opened.evaluate((target) => {
            const box = document.getElementById(target)?.getBoundingClientRect();
            return box !== undefined && box.bottom > 0 && box.top < window.innerHeight;
          }, id)));
      expect(shown, `${href}: "${words}"`).toBe(true);
      await opened.close();
    }
    // The sentences start out of sight, so being on screen is the fragment's doing.
    expect(below.length).toBeGreaterThan(0);
    await context.close();
  });
});
