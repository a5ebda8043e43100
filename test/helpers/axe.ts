/**
 * axe-core's accessibility rules for WCAG 2.0, 2.1 and 2.2 at levels A and
 * AA, run in a page in the state it is in now.
 *
 * axe is put into the page once (`addAxe`, or `addAxeToEveryPage` for every
 * page a context opens) and run as often as the page changes, with
 * `axe.run()` in the page itself. @axe-core/playwright instead
 * puts axe in again for every run, and by default finishes each run in a
 * new blank page, to reach frames of other origins; measured on the sample
 * site, light and dark, that tripled the gate's time. The site has no
 * frames, and a frame from another origin would fail the gates' "no
 * request to another host" first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe as it is once put into a page. */
interface AxeInPage {
  run(context: Document, options: RunOptions): Promise<AxeResults>;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Puts axe into the page's current document (again after each navigation). */
export async function addAxe(page: Page): Promise<void> {
  await page.evaluate(axeSource);
}

/**
 * Puts axe into every document the context's pages load, before the page's
 * own scripts, as the browser's part: sent to the browser once instead of
 * with every page (measured: a seventh of the gate's time), and not subject
 * to the page's Content Security Policy.
 */
export async function addAxeToEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript(axeSource);
}

/**
 * The violations of the page as it is now, one line each: the rule and the
 * first few elements. Needs axe in the current document (`addAxe`, `addAxeToEveryPage`).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are wanted: axe then skips describing every element that passed.
  const options: RunOptions = { runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] };
  const violations = await page.evaluate(async (runOptions) => {
    const { axe } = window as unknown as { axe: AxeInPage };
    const results = await axe.run(document, runOptions);
    return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, options);
  return violations.map((v) => `${v.id}: ${v.targets.slice(0, 3).join(', ')}`);
}
