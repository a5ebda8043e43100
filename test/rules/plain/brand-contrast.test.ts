import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/plain/brand-contrast.ts';
import { checkContent } from '../../../src/rules/check-content.ts';
import { ContentTree } from '../../helpers/content-tree.ts';
import { sampleNow, treeReport } from '../../helpers/tree-check.ts';

const site = 'site.yaml';

describe('plain/brand-contrast', () => {
  it("accepts the sample company's colours, light and dark", async () => {
    expect(await treeReport(rule, () => {})).toEqual([]);
  });

  it('accepts a site with no brand colours', async () => {
    const found = await treeReport(rule, (tree) =>
      tree.write(site, tree.read(site).replace(/\n {2}colors:(\n {4}.*)+/, '')),
    );
    expect(found).toEqual([]);
  });

  it.each([
    {
      name: 'a dark link too faint on the page and on cards, at the link',
      from: 'link: "#7cc4f0"',
      to: 'link: "#1d4f91"',
      at: [`${site}:53:13`, `${site}:53:13`],
      message:
        'In the dark scheme, brand.colors.dark.link #1d4f91 on the page background #12161b (links) has a contrast ' +
        'of 2.23:1, below the 4.5:1 that WCAG 2.2 asks (success criterion 1.4.3). Make brand.colors.dark.link ' +
        'lighter, such as',
    },
    {
      name: 'a light header text too close to its band',
      from: 'headerText: "#ffffff"',
      to: 'headerText: "#3b6a8f"',
      at: [`${site}:50:19`],
      message:
        'In the light scheme, brand.colors.light.headerText #3b6a8f on brand.colors.light.header #0b3954 ' +
        '(the company name, navigation and search in the header) has a contrast of 2.',
    },
    {
      name: 'a light surface too dark for the page text, at the surface',
      from: 'surface: "#eef5f9"',
      to: 'surface: "#6b7785"',
      at: [`${site}:47:13`, `${site}:48:15`, `${site}:51:16`, `${site}:51:16`],
      message: 'brand.colors.light.link #0a5c8a on brand.colors.light.surface #6b7785 (links on cards and notices)',
    },
    {
      name: 'a dark focus ring that blends into the page, against 3:1',
      from: 'accent: "#4fd1c5"',
      to: 'accent: "#1b3a4b"',
      at: [`${site}:54:15`, `${site}:54:15`],
      message: 'below the 3:1 that WCAG 2.2 asks (success criterion 1.4.11). Make brand.colors.dark.accent lighter',
    },
  ])('refuses $name', async ({ from, to, at, message }) => {
    const found = await treeReport(rule, (tree) => tree.replace(site, from, to));
    expect(found.map((d) => d.at)).toEqual(at);
    expect(found[0]?.message).toContain(message);
  });

  it('suggests a colour that passes, in the same hue', async () => {
    const found = await treeReport(rule, (tree) => tree.replace(site, 'link: "#7cc4f0"', 'link: "#1d4f91"'));
    const suggested = /such as (#[0-9a-f]{6})/.exec(found[0]?.message ?? '')?.[1] ?? '';
    const fixed = await treeReport(rule, (tree) => tree.replace(site, 'link: "#7cc4f0"', `link: "${suggested}"`));
    expect(suggested).not.toBe('');
    expect(fixed).toEqual([]);
  });

  it('is an error no suppression silences, named with its field', async () => {
    const tree = new ContentTree();
    try {
      tree.replace(site, 'link: "#7cc4f0"', 'link: "#1d4f91"');
      tree.replace(
        site,
        '    dark:\n',
        '    dark:\n      # plainsight-disable-next-line plain/brand-contrast -- we like it\n',
      );
      const result = await checkContent(tree.dir, '.', { now: sampleNow });
      const found = result.files.flatMap((file) => file.diagnostics).filter((d) => d.file === site);
      expect(found.filter((d) => d.ruleId === rule.meta.id).map((d) => [d.severity, d.field])).toEqual([
        ['error', 'brand.colors.dark.link'],
        ['error', 'brand.colors.dark.link'],
      ]);
      expect(result.errors).toBeGreaterThan(0);
    } finally {
      tree.dispose();
    }
  });

  it('leaves a colour that is not #rrggbb to the schema, with its field', async () => {
    const tree = new ContentTree();
    try {
      tree.replace(site, 'link: "#7cc4f0"', 'link: lightblue');
      const result = await checkContent(tree.dir, '.', { now: sampleNow });
      const found = result.files.flatMap((file) => file.diagnostics).filter((d) => d.file === site);
      expect(found.map((d) => [d.ruleId, d.field, `${d.line}:${d.column}`])).toEqual([
        ['schema/invalid-value', 'brand.colors.dark.link', '53:13'],
      ]);
      expect(found[0]?.message).toContain('six hexadecimal digits');
    } finally {
      tree.dispose();
    }
  });
});
