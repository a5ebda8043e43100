/**
 * Site search on a real build: queries through Pagefind's own search API
 * (the built /pagefind/pagefind.js, in Chromium), and the search page and
 * header box as a reader uses them, under the site's Content Security Policy.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addAxe, axeViolations } from '../helpers/axe.ts';
import { chromiumPath } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';
import { finePrintProblems } from '../helpers/fine-print.ts';
import { searchTypeLabel } from '../../src/domain/search-types.ts';

/**
 * Runs queries through Pagefind's API on the page, returning each query's
 * result URLs, best first. The script is sent as text: the test runner
 * rewrites import() in functions it compiles, and this one must run as is.
 */
async function search(
  page: Page,
  queries: string[],
  filters?: Record<string, string>,
): Promise<Record<string, string[]>> {
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const results = {};
    for (const query of ${JSON.stringify(queries)}) {
      const found = await pagefind.search(query, ${JSON.stringify(filters ? { filters } : {})});
      results[query] = await Promise.all(found.results.map(async (result) => (await result.data()).url));
    }
    return results;
  })()`);
}

describe.skipIf(chromiumPath === undefined)('site search', () => {
  const site = builtSiteInChromium();
  const cspViolations: string[] = [];

  const open = async (path: string) => {
    const page = await (await site.browser.newContext()).newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.goto(`${site.server.url}${path}`);
    return page;
  };

  it('builds an index and reports it', () => {
    expect(site.build.output).toMatch(/Indexed [1-9]\d* of \d+ pages for search/);
  });

  it('finds fees, policies and incidents in the top 3 by their names and key terms', async () => {
    const page = await open('/search/');
    const results = await search(page, [
      'refund',
      'late fee',
      'Wi-Fi router rental',
      'early termination',
      'payment processor',
      'No internet in parts of North Bayside after a cable was cut',
      'DNS',
      'second engineer',
    ]);
    const top3 = (query: string) => (results[query] ?? []).slice(0, 3);
    expect(top3('refund')).toContain('/policies/refunds/');
    // Fee names find the fee page.
    expect(top3('late fee')).toContain('/pricing/fees/');
    expect(top3('Wi-Fi router rental')).toContain('/pricing/fees/');
    // The only plan with an early-termination fee.
    expect(top3('early termination')).toContain('/pricing/fiber-300-ridge-road/');
    // A policy's defined term finds the policy.
    expect(top3('payment processor')).toContain('/policies/privacy/');
    // An incident's title, and a component's name, find the incident.
    expect(top3('No internet in parts of North Bayside after a cable was cut')).toContain(
      '/status/incidents/2026-08-27-north-fiber-cut/',
    );
    expect(top3('DNS').some((url) => url.startsWith('/status/incidents/') && url.includes('dns'))).toBe(true);
    // A paper's words find the paper.
    expect(top3('second engineer')).toContain('/papers/our-year-in-outages/');
    // Only current pages are indexed: no old policy version, no list page, not the search page.
    const everything = Object.values(results).flat();
    expect(
      everything.filter(
        (url) =>
          /^\/policies\/[^/]+\/\d{4}-\d{2}-\d{2}\/$/.test(url) ||
          url === '/search/' ||
          url === '/papers/' ||
          url.startsWith('/papers/tags/'),
      ),
    ).toEqual([]);
    await page.context().close();
  });

  it('filters by type', async () => {
    const page = await open('/search/');
    // The filter's values are the labels a reader sees, not ids.
    const results = await search(page, ['outage'], { type: 'Service status' });
    expect(results['outage']?.length).toBeGreaterThan(0);
    for (const url of results['outage'] ?? []) expect(url).toMatch(/^\/status\//);
    await page.context().close();
  });

  it("reads a plan label's heading as words, and offers filters by their names, not ids", async () => {
    const page = await open('/search/');
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const results = await pagefind.search('pricing facts');
      const pages = await Promise.all(results.results.map((result) => result.data()));
      const filters = await pagefind.filters();
      return { content: pages.map((p) => p.content).join(' '), types: Object.keys(filters.type ?? {}) };
    })()`)) as { content: string; types: string[] };
    expect(found.content).toMatch(/Pricing facts Fiber/);
    expect(found.content).not.toMatch(/factsFiber/);
    expect(found.types.sort()).toEqual(Object.values(searchTypeLabel).sort());
    await page.context().close();
  });

  it('lets a reader type a query, see results and open one, accessibly and with no fine print', async () => {
    const page = await open('/search/');
    await page.getByRole('searchbox', { name: 'Search prices, fees, policies, incidents and papers' }).fill('refund');
    await page.locator('#search-results a[href="/policies/refunds/"]').first().waitFor();
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/^\d+ results for “refund”\.$/);
    // The filter counts each kind of page, and shows one kind at a time: as many as it counted.
    const policies = page.getByRole('radio', { name: /^Policies \(\d+\)$/ });
    const counted = Number(/\((\d+)\)/.exec(await page.locator('label', { has: policies }).innerText())?.[1]);
    expect(counted).toBeGreaterThan(0);
    await policies.check();
    const inPolicies = new RegExp(`^${counted} results? for “refund” in Policies\\.$`);
    await page.getByRole('status').filter({ hasText: inPolicies }).waitFor();
    await expect(page.locator('#search-results .search-result').count()).resolves.toBe(counted);
    // The address keeps the search, so that it can be reloaded or shared.
    expect(new URL(page.url()).search).toBe('?q=refund&type=Policies');
    const kinds = await page.locator('#search-results .search-result-kind').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Policies']));
    await addAxe(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await finePrintProblems(page)).toEqual([]);
    await page.locator('#search-results a[href="/policies/refunds/"]').first().click();
    await page.waitForURL(`${site.server.url}/policies/refunds/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Refunds');
    await page.context().close();
  });

  it("runs the header box's query on the search page, in light and dark", async () => {
    // One page for both schemes: `emulateMedia` switches it, as a context's `colorScheme` would.
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.server.url}/`);
      await page.getByRole('searchbox', { name: 'Search this site' }).fill('late fee');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/\/search\/\?q=late\+fee$/);
      await page.locator('#search-results a[href="/pricing/fees/"]').first().waitFor();
      await addAxe(page);
      expect((await axeViolations(page)).map((v) => `${colorScheme} ${v}`)).toEqual([]);
    }
    await context.close();
  });

  it('falls back to a link, and a page that explains, without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    await expect(page.getByRole('searchbox').count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.waitForURL(`${site.server.url}/search/`);
    await expect(page.locator('main').innerText()).resolves.toContain(
      'Search runs in your browser and needs JavaScript',
    );
    // The page's own search form, which could do nothing, is not shown; the pages that list everything are.
    await expect(page.getByRole('searchbox').isVisible()).resolves.toBe(false);
    await expect(page.locator('main a[href="/pricing/fees/"]').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('breaks no rule of the Content Security Policy', () => {
    expect(cspViolations).toEqual([]);
  });
});
