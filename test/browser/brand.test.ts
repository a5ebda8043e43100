/**
 * The brand of content/site.yaml on the built site, in Chromium, light and
 * dark: the logo in the header, in a link named for the company; the
 * brand's font fetched from the site itself and used for the text; and the
 * brand's colours on the header, links, cards and the focus ring. What is
 * expected is read from site.yaml, so that the test follows the content.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readYamlRecord } from '../../src/reader/yaml.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { chromiumPath } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';

const site = SiteSchema.parse(readYamlRecord(readFileSync('content/site.yaml', 'utf8')));
const { brand } = site;
if (brand?.logo === undefined || brand.colors === undefined || brand.fonts === undefined)
  throw new Error('The sample site.yaml should have a logo, colours and a font.');
const { colors, fonts } = brand;

/** A `#rrggbb` colour as getComputedStyle writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Runs in the page: the computed colours the brand sets. */
function brandColours() {
  const style = (selector: string) => {
    const element = document.querySelector(selector);
    if (element === null) throw new Error(`No ${selector} on the page.`);
    return getComputedStyle(element);
  };
  return {
    header: style('.site-header').backgroundColor,
    name: style('.site-header .brand').color,
    nav: style('.site-nav a').color,
    link: style('main a[href="/status/"]').color,
    surface: style('main .card').backgroundColor,
    cardLink: style('main .card a').color,
  };
}

describe.skipIf(chromiumPath === undefined)('the brand on the built site', () => {
  const built = builtSiteInChromium();

  /** The home page in a scheme, with every address it asked for. */
  async function home(colorScheme: 'light' | 'dark'): Promise<{ page: Page; requests: string[] }> {
    const page = await built.browser.newPage({ colorScheme, viewport: { width: 1100, height: 800 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${built.server.url}/`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return { page, requests };
  }

  it('shows the logo, from the site, in a link to the home page named for the company', async () => {
    const { page } = await home('light');
    const link = page.getByRole('banner').getByRole('link', { name: site.name, exact: true });
    await expect(link.count()).resolves.toBe(1);
    await expect(link.getAttribute('href')).resolves.toBe('/');
    const logo = link.locator('img.brand-logo');
    const image = await logo.evaluate((img: HTMLImageElement) => ({
      src: img.currentSrc,
      alt: img.getAttribute('alt'),
      loaded: img.complete && img.naturalWidth > 0,
      height: img.getBoundingClientRect().height,
    }));
    expect(image.src.startsWith(`${built.server.url}/_astro/logo.`)).toBe(true);
    expect(image.src.endsWith('.svg')).toBe(true);
    expect(image.loaded).toBe(true);
    expect(image.height).toBeGreaterThan(24);
    // A mark only: the name is written beside it, and the image is a decoration.
    expect(brand.logo?.showsName).not.toBe(true);
    expect(image.alt).toBe('');
    const served = await page.request.get(image.src);
    expect(await served.text()).toBe(readFileSync(`content/${brand.logo?.file}`, 'utf8'));
    await page.close();
  });

  it("preloads the brand's font from the site itself and draws the text with it", async () => {
    const { page, requests } = await home('light');
    const fontRequests = requests.filter((url) => url.endsWith('.woff2'));
    expect(fontRequests).toHaveLength(1);
    const [fontUrl = ''] = fontRequests;
    expect(new URL(fontUrl).origin).toBe(built.server.url);
    const preload = await page.locator('link[rel="preload"][as="font"]').getAttribute('href');
    expect(new URL(preload ?? '', built.server.url).href).toBe(fontUrl);
    const served = await page.request.get(fontUrl);
    expect(Buffer.from(await served.body()).equals(readFileSync(`content/${fonts.body.file}`))).toBe(true);
    const family = fonts.body.family;
    const used = await page.evaluate((name) => {
      const faces = [...document.fonts].filter((face) => face.family.replace(/"/g, '') === name);
      return {
        faces: faces.map((face) => ({ status: face.status, weight: face.weight, display: face.display })),
        available: document.fonts.check(`16px "${name}"`),
        body: getComputedStyle(document.body).fontFamily,
        heading: getComputedStyle(document.querySelector('h1') ?? document.body).fontFamily,
      };
    }, family);
    expect(used.faces).toEqual([
      { status: 'loaded', weight: `${fonts.body.weight.min} ${fonts.body.weight.max}`, display: 'swap' },
    ]);
    expect(used.available).toBe(true);
    expect(used.body.startsWith(`"${family}"`) || used.body.startsWith(family)).toBe(true);
    expect(used.heading).toBe(used.body);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('paints the header, links, cards and focus ring in %s', async (scheme) => {
    const { page } = await home(scheme);
    const expected = colors[scheme];
    expect(await page.evaluate(brandColours)).toEqual({
      header: rgb(expected.header),
      name: rgb(expected.headerText),
      nav: rgb(expected.headerText),
      link: rgb(expected.link),
      surface: rgb(expected.surface),
      cardLink: rgb(expected.link),
    });
    // The first Tab reaches the skip link, outside the header: its ring is the accent.
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const focused = document.activeElement;
      return focused === null ? undefined : [focused.className, getComputedStyle(focused).outlineColor];
    });
    expect(ring).toEqual(['skip-link', rgb(expected.accent)]);
    await page.close();
  });
});
