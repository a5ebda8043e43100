import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/reference/brand-file.ts';
import type { ContentTree } from '../../helpers/content-tree.ts';
import { treeReport } from '../../helpers/tree-check.ts';

const site = 'site.yaml';

describe('reference/brand-file', () => {
  it("accepts the sample company's logo, font and licence", async () => {
    expect(await treeReport(rule, () => {})).toEqual([]);
  });

  it.each([
    {
      name: 'a logo that is not there, with the file it may have meant',
      breakIt: (tree: ContentTree) => tree.replace(site, 'file: brand/logo.svg', 'file: brand/logos.svg'),
      found: [
        // Sorted by file: the logo there, which nothing names now, then the field.
        { at: 'brand/logo.svg:1:1', message: "site.yaml's brand does not name this file" },
        {
          at: `${site}:42:11`,
          message: 'There is no file content/brand/logos.svg. Did you mean "brand/logo.svg"?',
        },
      ],
    },
    {
      name: 'a logo that is not an SVG',
      breakIt: (tree: ContentTree) => tree.replace(site, 'file: brand/logo.svg', 'file: brand/logo.png'),
      found: [
        { at: 'brand/logo.svg:1:1', message: "site.yaml's brand does not name this file" },
        {
          at: `${site}:42:11`,
          message:
            'The logo must be an SVG image in content/brand/, written as brand/<name>.svg; "brand/logo.png" is not.',
        },
      ],
    },
    {
      name: 'a logo outside content/brand/',
      breakIt: (tree: ContentTree) => tree.replace(site, 'file: brand/logo.svg', 'file: ../public/favicon.svg'),
      found: [
        { at: 'brand/logo.svg:1:1', message: "site.yaml's brand does not name this file" },
        { at: `${site}:42:11`, message: 'The logo must be an SVG image in content/brand/' },
      ],
    },
    {
      name: 'a font that is not WOFF2',
      breakIt: (tree: ContentTree) =>
        tree.replace(site, 'figtree-latin-wght-normal.woff2', 'figtree-latin-wght-normal.ttf'),
      found: [
        { at: 'brand/fonts/figtree-latin-wght-normal.woff2:1:1', message: 'does not name this file' },
        {
          at: `${site}:61:13`,
          message: 'The body font must be a WOFF2 font in content/brand/fonts/, written as brand/fonts/<name>.woff2',
        },
      ],
    },
  ])('refuses $name, at its field', async ({ breakIt, found }) => {
    const report = await treeReport(rule, breakIt);
    expect(report).toHaveLength(found.length);
    found.forEach((expected, i) => {
      expect(report[i]?.at).toBe(expected.at);
      expect(report[i]?.message).toContain(expected.message);
    });
  });

  it("refuses a font whose licence is missing, at the licence's field", async () => {
    const found = await treeReport(rule, (tree) => tree.remove('brand/fonts/OFL.txt'));
    expect(found).toEqual([{ at: `${site}:63:16`, message: 'There is no file content/brand/fonts/OFL.txt.' }]);
  });

  it('refuses a file in content/brand/ that the brand does not name', async () => {
    const found = await treeReport(rule, (tree) => tree.write('brand/logo-old.svg', '<svg viewBox="0 0 1 1"/>'));
    expect(found).toEqual([
      {
        at: 'brand/logo-old.svg:1:1',
        message:
          "site.yaml's brand does not name this file, so no page uses it. Name it there (brand.logo.file, " +
          'or a font and its licence under brand.fonts), or remove it.',
      },
    ]);
  });

  it('refuses every brand file when the brand names none', async () => {
    const found = await treeReport(rule, (tree) =>
      tree.write(site, tree.read(site).replace(/\nbrand:(\n {2}.*)+/, '')),
    );
    expect(found.map((d) => d.at)).toEqual([
      'brand/fonts/OFL.txt:1:1',
      'brand/fonts/figtree-latin-wght-normal.woff2:1:1',
      'brand/logo.svg:1:1',
    ]);
  });

  it('leaves a brand of the wrong shape to the schema rules', async () => {
    const found = await treeReport(rule, (tree) => tree.replace(site, 'showsName: false', 'showsName: no way'));
    expect(found).toEqual([]);
  });
});
