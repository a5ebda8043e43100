import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';

describe.skipIf(chromiumPath === undefined)('policy pages in Chromium', () => {
  const site = builtSiteInChromium();

  it("opens a defined term's definition without JavaScript, and closes it with Escape", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/policies/service-credits/`);
    const definition = page.locator('#term-outage-1');
    await expect(definition.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'outage', exact: true }).click();
    await expect(definition.isVisible()).resolves.toBe(true);
    await expect(definition.textContent()).resolves.toContain(
      'Outage: A time when the internet or phone service does not work at all for you.',
    );
    await page.keyboard.press('Escape');
    await expect(definition.isVisible()).resolves.toBe(false);
    // By keyboard too: focus the term and press Enter.
    await page.getByRole('button', { name: 'Planned maintenance', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#term-planned-maintenance-1').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('prints without navigation, with the version and its address in the header and link addresses shown', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/policies/service-credits/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
    await expect(page.locator('#versions').isVisible()).resolves.toBe(false);
    const header = page.locator('.print-header');
    await expect(header.isVisible()).resolves.toBe(true);
    await expect(header.textContent()).resolves.toBe(
      'Harbor Fiber · Service credits · version effective September 1, 2026 · https://harborfiber.example/policies/service-credits/2026-09-01/',
    );
    // The link to the status page prints its address after it.
    const after = await page
      .locator('.prose a[href="/status/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('" (/status/)"');
    await page.emulateMedia({ media: 'screen' });
    await expect(header.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it("marks a diff's changes without colour: underlined insertions, struck-through deletions", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/policies/refunds/2026-12-15/`);
    const ins = page.locator('.diff-body ins').first();
    const del = page.locator('.diff-body del').first();
    await expect(ins.evaluate((el) => getComputedStyle(el).textDecorationLine)).resolves.toBe('underline');
    await expect(del.evaluate((el) => getComputedStyle(el).textDecorationLine)).resolves.toBe('line-through');
    // Screen readers hear where a change starts.
    await expect(ins.evaluate((el) => getComputedStyle(el, '::before').content)).resolves.toBe('" [added: "');
    await page.close();
  });
});
