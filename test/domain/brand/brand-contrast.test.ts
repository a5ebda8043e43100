import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brandContrastFailures } from '../../../src/domain/brand/brand-contrast.ts';
import { contrastRatio } from '../../../src/domain/brand/contrast.ts';
import { readYamlRecord } from '../../../src/reader/yaml.ts';
import { SiteSchema } from '../../../src/schemas/site.ts';
import type { BrandColors } from '../../../src/schemas/brand.ts';

const sample = SiteSchema.parse(readYamlRecord(readFileSync('content/site.yaml', 'utf8'))).brand?.colors;
if (sample === undefined) throw new Error('The sample site.yaml has no brand colours.');

/** The sample's colours with some of one scheme's changed. */
const withColors = (scheme: 'light' | 'dark', change: Partial<BrandColors>) => ({
  ...sample,
  [scheme]: { ...sample[scheme], ...change },
});

describe('brandContrastFailures', () => {
  it("finds none in the sample company's colours", () => {
    expect(brandContrastFailures(sample)).toEqual([]);
  });

  it('blames a faint dark link on the page background and on the surface, with a lighter link that passes', () => {
    const failures = brandContrastFailures(withColors('dark', { link: '#1d4f91' }));
    expect(failures.map((f) => [f.scheme, f.pair.what, f.pair.blame, f.pair.required])).toEqual([
      ['dark', 'links', 'link', 4.5],
      ['dark', 'links on cards and notices', 'link', 4.5],
    ]);
    const [onPage] = failures;
    expect(onPage?.color).toBe('#1d4f91');
    expect(onPage?.against).toBe('#12161b');
    expect(onPage?.ratio).toBeCloseTo(contrastRatio('#1d4f91', '#12161b'), 10);
    expect(contrastRatio(onPage?.suggestion ?? '', '#12161b')).toBeGreaterThanOrEqual(4.5);
  });

  it('blames the surface for the page text on it, and suggests another surface', () => {
    const failures = brandContrastFailures(withColors('light', { surface: '#6b7785' }));
    const blamed = failures.filter((f) => f.pair.blame === 'surface');
    expect(blamed.map((f) => f.pair.what)).toEqual(['text on cards and notices', 'muted text on cards and notices']);
    expect(blamed[0]?.blamed).toBe('#6b7785');
    expect(contrastRatio(blamed[0]?.suggestion ?? '', '#1b1f24')).toBeGreaterThanOrEqual(4.5);
  });

  it('asks 3:1 of the focus ring, not 4.5:1', () => {
    // #1f9a8f is about 3.5:1 on white and 3.1:1 on the surface: a ring may be that faint, text may not.
    expect(contrastRatio('#1f9a8f', '#ffffff')).toBeLessThan(4.5);
    expect(brandContrastFailures(withColors('light', { accent: '#1f9a8f' }))).toEqual([]);
    const faint = brandContrastFailures(withColors('light', { accent: '#7fd3cb' }));
    expect(faint.map((f) => [f.pair.what, f.pair.required, f.pair.criterion])).toEqual([
      ['the focus ring', 3, '1.4.11'],
      ['the focus ring on cards and notices', 3, '1.4.11'],
    ]);
  });

  it('measures the header text against the header band', () => {
    const failures = brandContrastFailures(withColors('dark', { headerText: '#3b6a8f' }));
    expect(failures.map((f) => [f.pair.blame, f.color, f.against])).toEqual([['headerText', '#3b6a8f', '#0c2a40']]);
  });
});
