import { describe, expect, it } from 'vitest';
import { brandStylesheet } from '../../../src/domain/brand/brand-stylesheet.ts';
import type { Brand } from '../../../src/schemas/brand.ts';

const colors = {
  light: { link: '#0a5c8a', accent: '#0e8a7e', header: '#0b3954', headerText: '#ffffff', surface: '#eef5f9' },
  dark: { link: '#7cc4f0', accent: '#4fd1c5', header: '#0c2a40', headerText: '#e6f2fa', surface: '#17222c' },
};
const body = {
  family: 'Figtree',
  file: 'brand/fonts/figtree.woff2',
  weight: { min: 300, max: 900 },
  licence: 'brand/fonts/OFL.txt',
};
const urls = (path: string) => `/abs/content/${path}`;

/** The declarations of the rule that starts at `selector`, as a record. */
function declarations(css: string, selector: string, from = 0): Record<string, string> {
  const start = css.indexOf(`${selector} {`, from);
  const block = css.slice(start + selector.length + 2, css.indexOf('}', start));
  return Object.fromEntries(
    block
      .split(';')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

describe('brandStylesheet', () => {
  it('is empty of rules without a brand', () => {
    expect(brandStylesheet({}, urls)).toBe('/* The brand, from content/site.yaml. */\n');
  });

  it('sets the light colours on the root and the dark ones under prefers-color-scheme: dark', () => {
    const css = brandStylesheet({ colors }, urls);
    expect(declarations(css, 'html:root')).toEqual({
      '--link': '#0a5c8a',
      '--accent': '#0e8a7e',
      '--focus': '#0e8a7e',
      '--header-rule': '0.25rem solid #0e8a7e',
      '--header-bg': '#0b3954',
      '--header-text': '#ffffff',
      '--header-muted': '#ffffff',
      '--header-link': '#ffffff',
      '--header-focus': '#ffffff',
      '--surface': '#eef5f9',
    });
    const dark = css.indexOf('@media (prefers-color-scheme: dark)');
    expect(dark).toBeGreaterThan(css.indexOf('html:root'));
    expect(declarations(css, 'html:root', dark)).toMatchObject({ '--link': '#7cc4f0', '--header-bg': '#0c2a40' });
  });

  it('declares the body font once, swapped in when loaded, with the system fonts behind it', () => {
    const css = brandStylesheet({ fonts: { body, heading: body } }, urls);
    expect(css.match(/@font-face/g)).toHaveLength(1);
    expect(declarations(css, '@font-face')).toEqual({
      'font-family': '"Figtree"',
      src: 'url("/abs/content/brand/fonts/figtree.woff2") format("woff2")',
      'font-weight': '300 900',
      'font-style': 'normal',
      'font-display': 'swap',
    });
    expect(declarations(css, 'html:root')).toEqual({
      '--font-body': '"Figtree", var(--font-system)',
      '--font-heading': '"Figtree", var(--font-system)',
    });
  });

  it('gives headings a font of their own when the brand names one', () => {
    const heading = { ...body, family: 'Fraunces', file: 'brand/fonts/fraunces.woff2', weight: { min: 600, max: 600 } };
    const css = brandStylesheet({ fonts: { body, heading } }, urls);
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain('font-weight: 600 600;');
    expect(declarations(css, 'html:root')['--font-heading']).toBe('"Fraunces", var(--font-system)');
  });

  it('leaves out a font whose file is not there', () => {
    const brand: Brand = { fonts: { body } };
    const css = brandStylesheet(brand, () => undefined);
    expect(css).not.toContain('@font-face');
    expect(css).not.toContain('--font-body');
  });
});
