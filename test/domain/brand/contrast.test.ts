import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  formatRatio,
  nearestPassingColor,
  parseHexColor,
  relativeLuminance,
} from '../../../src/domain/brand/contrast.ts';

describe('relativeLuminance', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    // WCAG 2.2's definition: 0.2126 R + 0.7152 G + 0.0722 B of the linearised channels.
    ['#ff0000', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000ff', 0.0722],
    ['#808080', 0.2158605],
  ])('%s is %d', (hex, luminance) => {
    expect(relativeLuminance(hex)).toBeCloseTo(luminance, 6);
  });
});

describe('contrastRatio', () => {
  // Ratios as WebAIM's contrast checker and the WCAG 2.2 understanding documents give them.
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#767676', '#ffffff', 4.54],
    ['#595959', '#ffffff', 7.0],
    ['#0000ff', '#ffffff', 8.59],
    ['#ff0000', '#ffffff', 4.0],
    ['#808080', '#000000', 5.32],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it('is the same in either order, and reads hex digits in either case', () => {
    expect(contrastRatio('#ffffff', '#0A58B8')).toBe(contrastRatio('#0a58b8', '#FFFFFF'));
  });

  it('refuses a colour that is not #rrggbb', () => {
    expect(() => parseHexColor('#fff')).toThrow('#rrggbb');
    expect(() => contrastRatio('blue', '#ffffff')).toThrow('#rrggbb');
  });
});

describe('formatRatio', () => {
  it('cuts to two decimals and never rounds up to a pass', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(contrastRatio('#777777', '#ffffff'))).toBe('4.47:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });
});

describe('nearestPassingColor', () => {
  const on = (against: string, required: number) => [{ against, required }];

  it('keeps a colour that passes', () => {
    expect(nearestPassingColor('#0a58b8', on('#ffffff', 4.5))).toBe('#0a58b8');
  });

  it('darkens a colour on a light background just enough, in its own hue', () => {
    expect(nearestPassingColor('#777777', on('#ffffff', 4.5))).toBe('#767676');
    const blue = nearestPassingColor('#7aa7d9', on('#ffffff', 4.5)) ?? '';
    expect(contrastRatio(blue, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const [r, g, b] = parseHexColor(blue);
    expect(b).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(r);
  });

  it('lightens a colour on a dark background', () => {
    const link = nearestPassingColor('#1d4f91', on('#12161b', 4.5)) ?? '';
    expect(relativeLuminance(link)).toBeGreaterThan(relativeLuminance('#1d4f91'));
    expect(contrastRatio(link, '#12161b')).toBeGreaterThanOrEqual(4.5);
  });

  it('reaches every ratio asked for at once', () => {
    // A link on a white page and on a pale blue surface: the surface asks for more.
    const link = nearestPassingColor('#3d8bd9', [
      { against: '#ffffff', required: 4.5 },
      { against: '#dbe9f6', required: 4.5 },
    ]);
    expect(contrastRatio(link ?? '', '#dbe9f6')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(link ?? '', '#ffffff')).toBeGreaterThan(contrastRatio(link ?? '', '#dbe9f6'));
  });

  it('finds none when even black or white falls short', () => {
    expect(nearestPassingColor('#777777', on('#777777', 7))).toBeUndefined();
    // Black passes against the white and white against the black, never both at 7:1.
    expect(nearestPassingColor('#777777', [...on('#ffffff', 7), ...on('#000000', 7)])).toBeUndefined();
  });
});
