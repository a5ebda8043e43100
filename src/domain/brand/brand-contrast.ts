/**
 * Every pair of colours a brand puts on the page, with the contrast WCAG 2.2
 * AA asks of it, and the pairs that fall short. The pairs are those the
 * stylesheet draws (src/styles/global.css and the brand's own, made by
 * brand-stylesheet.ts): a colour of the brand on the page's neutral colours,
 * or on another colour of the brand.
 */
import type { BrandColors } from '../../schemas/brand.ts';
import { contrastRatio, nearestPassingColor, nonTextContrast, textContrast } from './contrast.ts';
import { colorSchemes, pageColors, type ColorScheme, type PageColors } from './page-colors.ts';

/** A colour in a pair: a field of the brand's colours, or one of the page's neutral colours. */
export type PairColor = { brand: keyof BrandColors } | { page: keyof PageColors };

/** Two colours drawn one on or beside the other, and the contrast they need. */
export interface ColorPair {
  /** What is drawn, in the words of an error: "links", "the focus ring". */
  what: string;
  /** The colour that is drawn (text, a ring). */
  color: PairColor;
  /** What it is drawn on. */
  against: PairColor;
  /** The smallest ratio allowed. */
  required: number;
  /** The WCAG 2.2 success criterion that asks for it. */
  criterion: '1.4.3' | '1.4.11';
  /** The brand colour an error is reported at: the one to change. */
  blame: keyof BrandColors;
}

const text = { required: textContrast, criterion: '1.4.3' } as const;
const nonText = { required: nonTextContrast, criterion: '1.4.11' } as const;

/** The pairs of one scheme; the same in both. */
export const brandColorPairs: readonly ColorPair[] = [
  { what: 'links', color: { brand: 'link' }, against: { page: 'background' }, blame: 'link', ...text },
  {
    what: 'links on cards and notices',
    color: { brand: 'link' },
    against: { brand: 'surface' },
    blame: 'link',
    ...text,
  },
  {
    what: 'text on cards and notices',
    color: { page: 'text' },
    against: { brand: 'surface' },
    blame: 'surface',
    ...text,
  },
  {
    what: 'muted text on cards and notices',
    color: { page: 'textMuted' },
    against: { brand: 'surface' },
    blame: 'surface',
    ...text,
  },
  {
    what: 'the company name, navigation and search in the header',
    color: { brand: 'headerText' },
    against: { brand: 'header' },
    blame: 'headerText',
    ...text,
  },
  { what: 'the focus ring', color: { brand: 'accent' }, against: { page: 'background' }, blame: 'accent', ...nonText },
  {
    what: 'the focus ring on cards and notices',
    color: { brand: 'accent' },
    against: { brand: 'surface' },
    blame: 'accent',
    ...nonText,
  },
];

/** A pair of one scheme that falls short, with both colours and what would pass. */
export interface ContrastFailure {
  scheme: ColorScheme;
  pair: ColorPair;
  /** The colour drawn, as `#rrggbb`. */
  color: string;
  /** The colour it is drawn on. */
  against: string;
  /** The measured ratio, below `pair.required`. */
  ratio: number;
  /** The blamed colour as it is. */
  blamed: string;
  /** The blamed colour made just dark or light enough, in its own hue; undefined when none is. */
  suggestion: string | undefined;
}

/** The colour of a pair that is not the blamed one: what the blamed colour must stand out from. */
function otherColor(pair: ColorPair): PairColor {
  return 'brand' in pair.color && pair.color.brand === pair.blame ? pair.against : pair.color;
}

/**
 * The pairs of a brand's colours that fail, scheme by scheme, in the order of
 * `brandColorPairs`. Each suggests the blamed colour made darker or lighter
 * until every pair it is blamed in passes, the others staying as they are.
 */
export function brandContrastFailures(colors: Readonly<Record<ColorScheme, BrandColors>>): ContrastFailure[] {
  return colorSchemes.flatMap((scheme) => {
    const valueOf = (color: PairColor) =>
      'brand' in color ? colors[scheme][color.brand] : pageColors[scheme][color.page];
    const needsOf = (blame: keyof BrandColors) =>
      brandColorPairs
        .filter((pair) => pair.blame === blame)
        .map((pair) => ({ against: valueOf(otherColor(pair)), required: pair.required }));
    return brandColorPairs.flatMap((pair) => {
      const color = valueOf(pair.color);
      const against = valueOf(pair.against);
      const ratio = contrastRatio(color, against);
      if (ratio >= pair.required) return [];
      const blamed = colors[scheme][pair.blame];
      const suggestion = nearestPassingColor(blamed, needsOf(pair.blame));
      return [{ scheme, pair, color, against, ratio, blamed, suggestion }];
    });
  });
}
