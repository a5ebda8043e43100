/**
 * Status badges as SVG, in the familiar two-part shape: a label on grey,
 * the status in words on a colour. Accessible as an image (`role="img"`, a
 * `<title>`), legible without colour (the status is written), and every
 * pair of text and background colours has at least 4.5:1 contrast.
 */
import type { ComponentStatus } from '../../schemas/component.ts';

/** The site's light-theme status colours; white text on each is at least 4.5:1. */
export const badgeColour: Readonly<Record<ComponentStatus, string>> = {
  operational: '#116329',
  degraded_performance: '#8a5100',
  partial_outage: '#b3261e',
  major_outage: '#b3261e',
  under_maintenance: '#4f46a5',
};

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Rough width of text at 11 px in a Verdana-like face: enough room, never clipped. */
const textWidth = (text: string) => Math.ceil(text.length * 7.2);

/** A badge's width in pixels, for the page that shows it (its height is 20). */
export function badgeWidth(label: string, message: string): number {
  return textWidth(label) + textWidth(message) + 24;
}

export function statusBadge(label: string, message: string, status: ComponentStatus): string {
  const left = textWidth(label) + 12;
  const right = textWidth(message) + 12;
  const width = badgeWidth(label, message);
  const title = `${label}: ${message}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-labelledby="badge-title">
<title id="badge-title">${escapeXml(title)}</title>
<rect width="${left}" height="20" fill="#444d56"/>
<rect x="${left}" width="${right}" height="20" fill="${badgeColour[status]}"/>
<g fill="#ffffff" font-family="Verdana,'DejaVu Sans',sans-serif" font-size="11" text-anchor="middle">
<text x="${left / 2}" y="14">${escapeXml(label)}</text>
<text x="${left + right / 2}" y="14">${escapeXml(message)}</text>
</g>
</svg>
`;
}

/** The page badge's label: the company's name and "status". */
export const pageBadgeLabel = (siteName: string) => `${siteName} status`;
