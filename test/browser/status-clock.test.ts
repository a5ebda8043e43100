/**
 * The status pages after their build, in Chromium with its clock moved on:
 * the sample is built as of 2026-11-22T00:00Z (SOURCE_DATE_EPOCH=1795305600),
 * and its account portal upgrade is planned for 2 December, 10:00 to 12:00 UTC.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';

const built = Date.parse('2026-11-22T00:00:00Z');
const windowStart = Date.parse('2026-12-02T10:00:00Z');
const minute = 60_000;
const maintenancePage = '/status/maintenance/2026-12-02-account-portal-upgrade/';

/** Collects what Chromium logs about the Content Security Policy refusing something. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

describe.skipIf(chromiumPath === undefined)('the status pages as the clock moves on after the build', () => {
  const site = builtSiteInChromium();

  it('/status/ says how long ago it was built and moves the maintenance, its component and the headline', async () => {
    const page = await site.browser.newPage();
    const violations = cspViolations(page);
    await page.clock.install({ time: built + 12 * minute + 5_000 });
    await page.goto(`${site.server.url}/status/`);
    const banner = page.locator('.status-banner');
    const note = page.locator('#maintenance-heading + ul li');
    const portal = page.locator('#account-portal .status');

    await expect(banner.textContent()).resolves.toBe(
      'All systems operational. As of Nov 21, 2026, 4:00 PM PST (updated 12 minutes ago).',
    );
    await page.clock.fastForward(minute);
    await expect(banner.textContent()).resolves.toContain('(updated 13 minutes ago)');
    await expect(note.textContent()).resolves.toMatch(/4:00 AM PST$/);
    await expect(portal.textContent()).resolves.toBe('Operational');

    // To half a minute into the window: the clock starts the maintenance, nobody having rebuilt.
    await page.clock.fastForward(windowStart + 30_000 - (built + 13 * minute + 5_000));
    await expect(banner.textContent()).resolves.toBe(
      'Planned maintenance under way. As of Nov 21, 2026, 4:00 PM PST (updated 10 days ago).',
    );
    await expect(banner.getAttribute('class')).resolves.toBe('lede status-banner indicator-maintenance');
    await expect(note.textContent()).resolves.toMatch(/4:00 AM PST \(under way now\)$/);
    await expect(portal.textContent()).resolves.toBe('Under maintenance');
    await expect(portal.getAttribute('class')).resolves.toBe('status status-under_maintenance');

    // Past the scheduled end: with no update posted, the clock completes it.
    await page.clock.fastForward(2 * 60 * minute);
    await expect(banner.textContent()).resolves.toMatch(/^All systems operational\. /);
    await expect(banner.getAttribute('class')).resolves.toBe('lede status-banner indicator-none');
    await expect(note.textContent()).resolves.toMatch(/4:00 AM PST \(completed\)$/);
    await expect(portal.textContent()).resolves.toBe('Operational');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('a maintenance page goes from scheduled to in progress at its start and to completed at its end', async () => {
    const page = await site.browser.newPage();
    const violations = cspViolations(page);
    await page.clock.install({ time: windowStart - minute });
    await page.goto(`${site.server.url}${maintenancePage}`);
    const status = page.locator('dt:text-is("Status") + dd');
    await expect(status.textContent()).resolves.toBe('Scheduled');
    await expect(page.locator('.build-notice').textContent()).resolves.toBe(
      'This page was built on Nov 21, 2026, 4:00 PM PST (10 days ago); it may be out of date. Reload for the latest.',
    );
    await page.clock.fastForward(2 * minute);
    await expect(status.textContent()).resolves.toBe('In progress');
    await page.clock.fastForward(2 * 60 * minute);
    await expect(status.textContent()).resolves.toBe('Completed');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('without JavaScript, says when each page was built and what it said then', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/status/`);
    await expect(page.locator('.status-banner').innerText()).resolves.toBe(
      'All systems operational. As of Nov 21, 2026, 4:00 PM PST.',
    );
    await expect(page.locator('.build-notice').textContent()).resolves.toBe(
      'This page was built on Nov 21, 2026, 4:00 PM PST; it may be out of date. Reload for the latest.',
    );
    await expect(page.locator('.build-notice').isVisible()).resolves.toBe(true);
    await page.goto(`${site.server.url}${maintenancePage}`);
    await expect(page.locator('.build-notice').innerText()).resolves.toBe(
      'This page was built on Nov 21, 2026, 4:00 PM PST; it may be out of date. Reload for the latest.',
    );
    await expect(page.locator('dt:text-is("Status") + dd').textContent()).resolves.toBe('Scheduled');
    await context.close();
  });
});
