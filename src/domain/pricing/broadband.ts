/**
 * The broadband label's performance facts in words: speeds in the units
 * people know, and the data included, so the label, the cards and the
 * comparison say them the same way.
 */
import { remember } from '../remember.ts';

/** One formatter per locale and number of decimals: every plan's card, label and row formats its speeds. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const numberFormat = (locale: string, decimals: number) =>
  remember(
    numberFormats,
    `${locale} ${decimals}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }),
  );

/** A speed: "940 Mbps", or "1.9 Gbps" from 1,000 Mbps up. */
export function speedText(mbps: number, locale: string): string {
  if (mbps >= 1000) return `${numberFormat(locale, 1).format(mbps / 1000)} Gbps`;
  return `${numberFormat(locale, 0).format(mbps)} Mbps`;
}

/** The data included with the price: "No data cap", or "1,200 GB a month". */
export function dataIncludedText(data: number | 'unlimited', period: string, locale: string): string {
  if (data === 'unlimited') return 'Unlimited: no data cap and no slowing down';
  return `${numberFormat(locale, 3).format(data)} GB a ${period}`;
}

/** Down and up at a glance, for cards and the comparison: "290 Mbps down, 285 Mbps up". */
export function speedsAtAGlance(down: number, up: number, locale: string): string {
  return `${speedText(down, locale)} down, ${speedText(up, locale)} up`;
}
