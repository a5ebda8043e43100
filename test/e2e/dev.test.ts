/**
 * The real `astro dev` on a copy of the sample content, one server for both
 * tests (see startAstroDev): the report in the terminal, and the content
 * check's lens in the dev toolbar, driven in a real Chromium.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAstroDev, type AstroDev } from '../helpers/astro-dev.ts';
import { chromiumArgs, chromiumPath } from '../helpers/browser.ts';
import { ContentTree } from '../helpers/content-tree.ts';
import { joinedRegExp } from '../helpers/regexp.ts';

const policy = 'policies/cancellation/2025-03-01.mdx';
const sentence = 'Service ends at the end of the day you choose.';
const gotcha = 'We may refuse at our sole discretion.';

/** The texts the lens marks as errors in the page. */
function errorMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('plainsight-lens-error') ?? [])].map(String));
}

describe('astro dev', () => {
  const tree = new ContentTree();
  let dev: AstroDev;
  beforeAll(async () => {
    dev = await startAstroDev(tree.dir);
  });
  afterAll(async () => {
    await dev?.stop();
    tree.dispose();
  });
  // A test that fails halfway leaves the policy as the next test expects it.
  const original = tree.read(policy);
  afterEach(() => {
    if (tree.read(policy) !== original) tree.write(policy, original);
  });

  describe.skipIf(chromiumPath === undefined)('the content check lens', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: chromiumPath!, args: chromiumArgs });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('lists and marks a gotcha when the policy is saved, and clears it when it is removed', async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      const elsewhere: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== dev.origin) elsewhere.push(request.url());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      // Astro reloads the page after a content change, sometimes twice: checks of the page wait for quiet.
      let navigated = Date.now();
      page.on('framenavigated', () => (navigated = Date.now()));
      const quiet = () => expect.poll(() => Date.now() - navigated, { timeout: 30_000 }).toBeGreaterThan(2_000);
      await page.goto(`${dev.origin}/policies/cancellation/2025-03-01/`);

      // The toolbar hides itself until it has the focus; the keyboard reaches it, then the lens's button.
      const lensButton = page.getByRole('button', { name: 'Content check' });
      // A cold Vite (a fresh clone) optimises its dependencies on the first load, which can leave that
      // load without the toolbar: then the page is loaded once more, as a developer would.
      const attached = await lensButton.waitFor({ state: 'attached' }).then(
        () => true,
        () => false,
      );
      if (!attached) {
        errors.length = 0;
        await page.reload();
        await lensButton.waitFor({ state: 'attached', timeout: 60_000 });
      }
      await page.locator('astro-dev-toolbar #dev-bar').focus();
      await lensButton.press('Enter');
      const lens = page.locator('astro-dev-toolbar-app-canvas[data-app-id="plainsight-content-lens"]');
      const summary = lens.locator('[role="status"]');
      const items = lens.locator('li');
      const tooltip = lens.locator('[role="tooltip"]');
      // Every read of the page is polled: one that runs while the page reloads throws, and is tried again.
      const within = { timeout: 30_000 };
      await expect.poll(() => summary.textContent(), within).toMatch(/^No problems in .*2025-03-01\.mdx\.$/);
      await quiet();
      await expect.poll(() => errorMarks(page), within).toEqual([]);

      tree.replace(policy, sentence, `${sentence} ${gotcha}`);
      // The report can come before the page reloads with the new text: until then the text is not found.
      await expect.poll(() => errorMarks(page), within).toEqual(['sole discretion']);
      await quiet();
      await expect.poll(() => errorMarks(page), within).toEqual(['sole discretion']);
      await expect
        .poll(() => items.allTextContents(), within)
        .toEqual([expect.stringMatching(/^gotcha\/sole-discretion error · line 32, column 69: Say when and why/)]);
      await expect.poll(() => summary.textContent(), within).toMatch(/^1 problem in .*2025-03-01\.mdx\.$/);
      await expect
        .poll(() => lens.getByRole('link', { name: 'gotcha/sole-discretion' }).getAttribute('href'), within)
        .toBe('/transparency/rules/#rule-gotcha-sole-discretion');
      const markedParagraph = () =>
        page.evaluate(() => {
          const [range] = [...(CSS.highlights.get('plainsight-lens-error') ?? [])] as Range[];
          return range?.startContainer.parentElement?.closest('main p')?.textContent;
        });
      await expect.poll(markedParagraph, within).toContain(`${sentence} ${gotcha}`);

      // Hovering the marked words shows the rule and message beside them; leaving them hides it.
      await expect.poll(() => tooltip.isHidden(), within).toBe(true);
      const hover = async () => {
        const box = await page.evaluate(() => {
          const [range] = [...(CSS.highlights.get('plainsight-lens-error') ?? [])] as Range[];
          range?.startContainer.parentElement?.scrollIntoView({ block: 'start' });
          const rect = range?.getBoundingClientRect();
          return rect && { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        });
        if (box === undefined) return undefined;
        await page.mouse.move(box.x, box.y);
        return (await tooltip.isVisible()) ? tooltip.textContent() : undefined;
      };
      await expect.poll(hover, within).toBe('gotcha/sole-discretion (error): Say when and why, not "sole discretion".');
      await page.mouse.move(1, 1);
      await expect.poll(() => tooltip.isHidden(), within).toBe(true);
      // So does the keyboard, from the problem's "Show in page" button.
      const focusShow = async () => {
        await lens.getByRole('button', { name: 'Show in page' }).focus();
        return (await tooltip.isVisible()) ? tooltip.textContent() : undefined;
      };
      await expect.poll(focusShow, within).toMatch(/^gotcha\/sole-discretion \(error\)/);

      tree.replace(policy, ` ${gotcha}`, '');
      await expect.poll(() => summary.textContent(), within).toMatch(/^No problems in /);
      await quiet();
      await expect.poll(() => items.count(), within).toBe(0);
      await expect.poll(() => errorMarks(page), within).toEqual([]);

      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);
    }, 300_000);
  });

  it('re-checks a content file when it changes and prints the report as a warning', async () => {
    const from = dev.output().length;
    tree.replace(policy, sentence, `${sentence} ${gotcha}`);
    await dev.waitFor(/gotcha\/sole-discretion/, 30_000, from);
    expect(dev.output().slice(from)).toMatch(
      joinedRegExp([
        /WARN\] \[plainsight:content-check\][^]*cancellation\/2025-03-01\.mdx\n/,
        / +32:\d+ +error +Say when and why, not "sole discretion"/,
      ]),
    );
    const fixed = dev.output().length;
    tree.replace(policy, ` ${gotcha}`, '');
    await dev.waitFor(/Content check: no problems\./, 30_000, fixed);
  });

  it("serves the brand's new colours when site.yaml changes, without a restart", async () => {
    // The brand's stylesheet is the one rule on html:root (src/domain/brand/brand-stylesheet.ts).
    const lightLink = async () => {
      const html = await (await fetch(`${dev.origin}/`)).text();
      return /html:root \{[^}]*--link: (#[0-9a-f]{6});/.exec(html)?.[1];
    };
    const site = 'site.yaml';
    const original = tree.read(site);
    try {
      await expect.poll(lightLink, { timeout: 30_000 }).toBe('#0a5c8a');
      tree.replace(site, 'link: "#0a5c8a"', 'link: "#0b4f7a"');
      await expect.poll(lightLink, { timeout: 30_000 }).toBe('#0b4f7a');
    } finally {
      tree.write(site, original);
    }
  });
});
