import { describe, expect, it } from 'vitest';
import { readSiteBrand } from '../../src/reader/site-brand.ts';
import { ContentTree } from '../helpers/content-tree.ts';

/** The brand read from a copy of the sample content, changed by `change`. */
function brandAfter(change: (tree: ContentTree) => void) {
  const tree = new ContentTree();
  try {
    change(tree);
    return readSiteBrand(tree.dir, '.');
  } finally {
    tree.dispose();
  }
}

describe('readSiteBrand', () => {
  it("reads the sample company's logo, colours and font", () => {
    const brand = brandAfter(() => {});
    expect(brand.logo).toEqual({ file: 'brand/logo.svg', showsName: false });
    expect(brand.colors?.dark.header).toBe('#0c2a40');
    expect(brand.fonts?.body.family).toBe('Figtree');
  });

  it('leaves out only the part that does not match its schema', () => {
    const brand = brandAfter((tree) => tree.replace('site.yaml', 'link: "#7cc4f0"', 'link: lightblue'));
    expect(Object.keys(brand)).toEqual(['logo', 'fonts']);
  });

  it('gives no brand for a site.yaml without one, or one that cannot be read', () => {
    expect(brandAfter((tree) => tree.write('site.yaml', 'name: Harbor Fiber\n'))).toEqual({});
    expect(brandAfter((tree) => tree.write('site.yaml', 'brand: [unclosed\n'))).toEqual({});
    expect(brandAfter((tree) => tree.remove('site.yaml'))).toEqual({});
  });
});
