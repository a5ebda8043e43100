import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';

describe.skipIf(chromiumPath === undefined)('the cost calculator in Chromium', () => {
  const site = builtSiteInChromium();

  it('updates the total as months and add-ons change, with the early-termination charge inside the term', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/pricing/fiber-300-ridge-road/`);
    const form = page.locator('form.calculator');
    await expect(form.isVisible()).resolves.toBe(true);
    const total = form.locator('.calculator-total');
    // 12 × $45 + $75 installation; the 12-month term is served in full.
    await expect(total.textContent()).resolves.toBe('Total over 12 months: $615.00');
    // 4 × $45 + $75 + 8 months left × $15 = $180 + $75 + $120.
    await form.getByLabel('Months of service').fill('4');
    await expect(total.textContent()).resolves.toBe('Total over 4 months: $375.00');
    await expect(form.locator('.calculator-lines').textContent()).resolves.toContain(
      'Leaving Ridge Road early, if you cancel then: $120.00',
    );
    // Renting the router adds 4 × $8.
    await form.getByLabel(/Wi-Fi router rental/).check();
    await expect(total.textContent()).resolves.toBe('Total over 4 months: $407.00');
    await form.getByLabel('Months of service').fill('0');
    await expect(total.textContent()).resolves.toBe('Enter a whole number of months from 1 to 120.');
    await page.close();
  });

  it('stays hidden without JavaScript, leaving the cost table', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/pricing/fiber-1000/`);
    await expect(page.locator('form.calculator').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-total-months="24"]').textContent()).resolves.toBe('$1,665.00');
    await context.close();
  });
});
