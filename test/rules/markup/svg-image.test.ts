import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/markup/svg-image.ts';
import { treeReport } from '../../helpers/tree-check.ts';

const logo = 'brand/logo.svg';

describe('markup/svg-image on the brand logo', () => {
  it("accepts the sample company's logo", async () => {
    expect(await treeReport(rule, () => {})).toEqual([]);
  });

  it.each([
    ['a script', '<svg><script>track()</script></svg>', 'contains a <script>'],
    ['an event handler', '<svg onload="track()"><rect width="1" height="1"/></svg>', 'event handler'],
    ['a picture from elsewhere', '<svg><image href="https://example.com/x.png"/></svg>', 'refers to "https:…"'],
    ['another format saved as .svg', 'GIF89a not a vector image', 'not an SVG image: it has no <svg> element'],
  ])('refuses a logo with %s, at the file', async (_, svg, message) => {
    const found = await treeReport(rule, (tree) => tree.write(logo, svg));
    expect(found).toEqual([{ at: `${logo}:1:1`, message: expect.stringContaining(message) }]);
  });
});
