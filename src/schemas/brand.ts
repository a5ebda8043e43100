import { z } from 'astro/zod';

/** A colour as `#` and six hexadecimal digits, such as `#0b4f6c`: the one form every pair can be measured in. */
export const HexColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Write a colour as # and six hexadecimal digits, such as "#0b4f6c".' });

/**
 * A file of the brand, as its path from the content folder, such as
 * `brand/logo.svg`. The rule reference/brand-file checks that it is there and
 * of the right kind (the layout table in src/reader/layout.ts says where each
 * kind goes).
 */
export const BrandFileSchema = z.string().min(1);

/**
 * The brand's colours in one colour scheme. The page's own background and
 * text stay the site's neutral ones (src/styles/global.css), so that every
 * status colour keeps the contrast it was chosen for; the rule
 * plain/brand-contrast refuses a colour that does not stand out enough from
 * what it is drawn on (WCAG 2.2 AA).
 */
export const BrandColorsSchema = z.strictObject({
  /**
   * Links, and the fill of buttons (whose label is the page background):
   * at least 4.5:1 against the page background and against `surface`.
   */
  link: HexColorSchema,
  /**
   * The focus ring and the stripe beside notices: at least 3:1 against the
   * page background and `surface`, as WCAG 2.2 asks of what shows a
   * control's state (1.4.11).
   */
  accent: HexColorSchema,
  /** The background of the header band, under the logo, the navigation and search. */
  header: HexColorSchema,
  /**
   * The company name, the navigation links, the search box's border and the
   * focus ring inside the header band: at least 4.5:1 against `header`.
   */
  headerText: HexColorSchema,
  /**
   * The tint behind cards, notices and the cost calculator: the page's text,
   * its muted text and `link` must keep 4.5:1 on it.
   */
  surface: HexColorSchema,
});
export type BrandColors = z.output<typeof BrandColorsSchema>;

/** One self-hosted font: a WOFF2 file in `content/brand/fonts/` and its licence beside it. */
export const BrandFontSchema = z.strictObject({
  /** The family name the pages ask for, such as `Figtree`. */
  family: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, {
    error: 'A font family is letters, digits, spaces and hyphens, such as "Figtree".',
  }),
  /**
   * The font file, such as `brand/fonts/figtree-latin-wght-normal.woff2`.
   * One variable font with the latin subset keeps pages light (about 20 KB).
   */
  file: BrandFileSchema,
  /**
   * The weights the file covers: `{ min: 300, max: 900 }` for a variable
   * font, the same number twice for a font of one weight (the browser then
   * draws bold by thickening it).
   */
  weight: z
    .strictObject({
      /** The lightest weight, from 1 to 1000. */
      min: z.number().int().min(1).max(1000),
      /** The heaviest weight, from `min` to 1000. */
      max: z.number().int().min(1).max(1000),
    })
    .refine((weight) => weight.min <= weight.max, { error: 'The lightest weight (min) is above the heaviest (max).' }),
  /**
   * The font's licence, a text file beside it, such as `brand/fonts/OFL.txt`:
   * a font may be published only with its licence, and the site publishes it.
   */
  licence: BrandFileSchema,
});
export type BrandFont = z.output<typeof BrandFontSchema>;

/**
 * How the site looks as the company's own: its logo, colours and fonts. Every
 * part is optional; without it the site keeps its neutral look (the company
 * name as text, the neutral colours, system fonts).
 */
export const BrandSchema = z.strictObject({
  /** The logo shown at the start of the header, linking to the home page. */
  logo: z
    .strictObject({
      /** An SVG file in `content/brand/`, such as `brand/logo.svg`, drawn for the header band's colours. */
      file: BrandFileSchema,
      /**
       * True when the logo shows the company's name (site.yaml `name`) in
       * words: it then stands for the name, which is its text alternative.
       * False or absent: the logo is a mark only, and the name is written
       * beside it in the heading font.
       */
      showsName: z.boolean().optional(),
    })
    .optional(),
  /** The colours for the light and the dark colour scheme; both are checked for contrast. */
  colors: z
    .strictObject({
      /** For readers whose system is set to light. */
      light: BrandColorsSchema,
      /** For readers whose system is set to dark. */
      dark: BrandColorsSchema,
    })
    .optional(),
  /** Self-hosted fonts; the site asks no other site for anything. */
  fonts: z
    .strictObject({
      /** The font of all text; it is preloaded. */
      body: BrandFontSchema,
      /** The font of headings and the company name, when not the body font. */
      heading: BrandFontSchema.optional(),
    })
    .optional(),
});
export type Brand = z.output<typeof BrandSchema>;
