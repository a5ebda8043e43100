/**
 * The per-page quality gates of the browser tests, in both colour schemes:
 * axe's WCAG violations (axe.ts) and the fine print (fine-print.ts).
 *
 * A page is loaded once and measured in light and dark, the scheme switched
 * with `emulateMedia`: the same `prefers-color-scheme` that a context's
 * `colorScheme` sets, and the site's colours follow it in CSS alone, with no
 * transition, so the switch shows at once. axe runs first, on the page as it
 * loaded (light, then dark); the fine print comes after, because it opens
 * the page's disclosures and popovers (dark, then light, to switch once less).
 */
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { finePrintProblems } from './fine-print.ts';

export const colourSchemes = ['light', 'dark'] as const;

/**
 * Every problem of the page as it loaded, each line starting with its
 * scheme. Needs axe in the page (axe.ts).
 */
export async function qualityProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const colorScheme of colourSchemes) {
    await page.emulateMedia({ colorScheme });
    problems.push(...(await axeViolations(page)).map((v) => `${colorScheme} axe ${v}`));
  }
  for (const colorScheme of [...colourSchemes].reverse()) {
    await page.emulateMedia({ colorScheme });
    problems.push(...(await finePrintProblems(page)).map((p) => `${colorScheme} fine print ${p.problem}: ${p.text}`));
  }
  return problems;
}
