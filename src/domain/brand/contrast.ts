/**
 * Colour contrast as WCAG 2.2 measures it: the relative luminance of each
 * sRGB colour, and the ratio (L1 + 0.05) / (L2 + 0.05) of the lighter to the
 * darker, from 1:1 (the same colour) to 21:1 (black on white).
 */

/** The contrast text needs against its background (success criterion 1.4.3, AA). */
export const textContrast = 4.5;

/** The contrast a control's boundary or state, such as a focus ring, needs (1.4.11, AA). */
export const nonTextContrast = 3;

/** A colour's red, green and blue channels, 0 to 255. */
export type Rgb = readonly [number, number, number];

/** The channels of a `#rrggbb` colour; throws on anything else (the schema lets no other form through). */
export function parseHexColor(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) throw new Error(`"${hex}" is not a colour written as #rrggbb.`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/** A colour as lowercase `#rrggbb`. */
export function formatHexColor(rgb: Rgb): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** One channel, 0 to 255, as linear light (WCAG 2.2's definition of relative luminance). */
function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** The relative luminance of a colour: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColor(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, in either order: 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A ratio as people read it, such as "4.48:1". Cut, never rounded up, to two
 * decimals: WCAG allows no rounding, so 4.499:1 must not read as passing 4.5:1.
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** A colour a colour is drawn with or on, and the contrast it needs against it. */
export interface ContrastNeed {
  against: string;
  required: number;
}

/**
 * The colour nearest to `color`, mixed step by step towards black or towards
 * white, that reaches every ratio `needs` asks for; of the two ways, the
 * one that needs fewer steps (black on a tie). Undefined when neither gets
 * there. It is what an error can suggest: the brand's hue, only darker or
 * lighter, and good against everything the colour is drawn with.
 */
export function nearestPassingColor(color: string, needs: readonly ContrastNeed[]): string | undefined {
  const passes = (hex: string) => needs.every((need) => contrastRatio(hex, need.against) >= need.required);
  if (passes(color)) return color;
  const rgb = parseHexColor(color);
  for (let step = 1; step <= 100; step += 1) {
    for (const towards of [0, 255]) {
      const mixed = rgb.map((channel) => Math.round(channel + ((towards - channel) * step) / 100)) as unknown as Rgb;
      const hex = formatHexColor(mixed);
      if (passes(hex)) return hex;
    }
  }
  return undefined;
}
