/**
 * The "no fine print" gate, measured in the browser: every element whose own
 * text mentions money or a fee, charge, price or cancellation must be
 * visible (not hidden, clipped or transparent), at least 14 px, and at least
 * 4.5:1 against its background. Closed <details> and popovers are opened
 * and measured (popovers one at a time), because a reader can open them.
 *
 * A hidden element may repeat words that are visible elsewhere, for screen
 * readers or for print, when it says so with `data-repeats="<id>"` and the
 * element with that id shows every flagged word: the gate checks the claim.
 */
import type { Page } from 'playwright-core';

export interface FinePrintProblem {
  text: string;
  problem: string;
}

/** Money, or the words of fees and cancellation. Runs in the page, so it is passed as source. */
export const finePrintPattern = [
  String.raw`(?:[$€£]\s?\d|\d\s?(?:USD|EUR|GBP)\b`,
  String.raw`|\b(?:fees?|charges?|charged|prices?|pricing|cancel\w*)\b)`,
].join('');

/** Runs in the page: the problems of every matching element under `root`. */
function inspect({
  pattern,
  rootSelector,
}: {
  pattern: string;
  rootSelector: string | null;
}): Array<{ text: string; problem: string }> {
  const matcher = new RegExp(pattern, 'i');
  const root = rootSelector ? document.querySelector(rootSelector) : document.body;
  if (!root) return [];
  const problems: Array<{ text: string; problem: string }> = [];
  const parse = (colour: string): [number, number, number, number] => {
    const m = colour.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const parts = (m[1] ?? '')
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r, g, b].map((v) => {
      const c = (v ?? 0) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0);
  };
  const background = (el: Element): [number, number, number] => {
    // Composite the backgrounds from the element up to the canvas (white or the root's colour).
    const layers: Array<[number, number, number, number]> = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    let colour: [number, number, number] = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse())
      colour = [r * a + colour[0] * (1 - a), g * a + colour[1] * (1 - a), b * a + colour[2] * (1 - a)];
    return colour;
  };
  const hiddenReason = (el: Element): string | undefined => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      return 'hidden (display, visibility or opacity)';
    const rect = el.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2) return 'clipped to nothing';
    for (let node = el.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflow !== 'visible' || style.clipPath !== 'none') {
        const box = node.getBoundingClientRect();
        if (
          box.width < 2 ||
          box.height < 2 ||
          rect.right <= box.left ||
          rect.left >= box.right ||
          rect.bottom <= box.top ||
          rect.top >= box.bottom
        )
          return 'clipped by a container';
      }
    }
    const style = getComputedStyle(el);
    if (style.clipPath.startsWith('inset(50%')) return 'clipped to nothing';
    if (parse(style.color)[3] === 0) return 'transparent text';
    return undefined;
  };
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const el = node.parentElement;
    if (!el || seen.has(el) || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE'].includes(el.tagName)) continue;
    if (!matcher.test(node.data)) continue;
    seen.add(el);
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
    const hidden = hiddenReason(el);
    if (hidden !== undefined) {
      // A declared repetition of visible words is allowed, if every flagged word is in the element it names.
      const repeats = el.closest('[data-repeats]');
      const target = repeats ? document.getElementById(repeats.getAttribute('data-repeats') ?? '') : null;
      const words = [...(el.textContent ?? '').matchAll(new RegExp(pattern, 'gi'))].map((m) => m[0].toLowerCase());
      const shown = (target?.textContent ?? '').toLowerCase();
      if (target && hiddenReason(target) === undefined && words.every((word) => shown.includes(word))) continue;
      problems.push({ text, problem: hidden });
      continue;
    }
    const style = getComputedStyle(el);
    const size = Number.parseFloat(style.fontSize);
    if (size < 14) problems.push({ text, problem: `font size ${size}px, below 14px` });
    const fg = parse(style.color);
    const bg = background(el);
    const fgColour: [number, number, number] = [
      fg[0] * fg[3] + bg[0] * (1 - fg[3]),
      fg[1] * fg[3] + bg[1] * (1 - fg[3]),
      fg[2] * fg[3] + bg[2] * (1 - fg[3]),
    ];
    const [light, dark] = [luminance(fgColour), luminance(bg)].sort((a, b) => b - a) as [number, number];
    const ratio = (light + 0.05) / (dark + 0.05);
    if (ratio < 4.5) problems.push({ text, problem: `contrast ${ratio.toFixed(2)}:1, below 4.5:1` });
  }
  return problems;
}

/** Every fine-print problem on the page as it is now, then inside each popover, opened one at a time. */
export async function finePrintProblems(page: Page): Promise<FinePrintProblem[]> {
  // Disclosures are the reader's to open: measure what they hold, open.
  await page.evaluate(() =>
    document
      .querySelectorAll('details:not([open])')
      .forEach((details) => ((details as HTMLDetailsElement).open = true)),
  );
  const problems = await page.evaluate(inspect, { pattern: finePrintPattern, rootSelector: null });
  // Closed popovers are measured open; the hidden state is the reader's choice.
  const closedPopovers = problems.filter((p) => p.problem.startsWith('hidden'));
  const popoverIds = await page.evaluate(() => [...document.querySelectorAll('[popover][id]')].map((el) => el.id));
  const inPopovers = new Set<string>();
  for (const id of popoverIds) {
    const texts = await page.evaluate((popoverId) => {
      const el = document.getElementById(popoverId) as HTMLElement & { showPopover(): void };
      return [...el.querySelectorAll('*'), el].map((node) =>
        (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120),
      );
    }, id);
    for (const text of texts) inPopovers.add(text);
    await page.evaluate(
      (popoverId) => (document.getElementById(popoverId) as HTMLElement & { showPopover(): void }).showPopover(),
      id,
    );
    problems.push(...(await page.evaluate(inspect, { pattern: finePrintPattern, rootSelector: `[id="${id}"]` })));
    await page.evaluate(
      (popoverId) => (document.getElementById(popoverId) as HTMLElement & { hidePopover(): void }).hidePopover(),
      id,
    );
  }
  return problems.filter((p) => !(closedPopovers.includes(p) && inPopovers.has(p.text)));
}
