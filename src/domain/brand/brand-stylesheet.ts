/**
 * The brand as a stylesheet: its fonts as @font-face rules and its colours
 * as the custom properties src/styles/global.css draws with, for light and
 * for dark. The Content Security Policy allows no inline style, so the build
 * bundles this as a file of its own (src/integrations/brand-assets.ts).
 */
import type { Brand, BrandColors, BrandFont } from '../../schemas/brand.ts';

/**
 * The custom properties each brand colour sets (one colour may set several),
 * with the value each takes from it. Inside the header band every kind of
 * text and the focus ring take `headerText`.
 */
const properties: Record<keyof BrandColors, ReadonlyArray<readonly [string, (color: string) => string]>> = {
  link: [['--link', (color) => color]],
  accent: [
    ['--accent', (color) => color],
    ['--focus', (color) => color],
    ['--header-rule', (color) => `0.25rem solid ${color}`],
  ],
  header: [['--header-bg', (color) => color]],
  headerText: ['--header-text', '--header-muted', '--header-link', '--header-focus'].map(
    (property) => [property, (color: string) => color] as const,
  ),
  surface: [['--surface', (color) => color]],
};

/** The declarations of one scheme's colours, in a fixed order. */
function colorDeclarations(colors: BrandColors): string[] {
  return (Object.keys(properties) as Array<keyof BrandColors>).flatMap((key) =>
    properties[key].map(([property, value]) => `${property}: ${value(colors[key])};`),
  );
}

/** One @font-face rule. `font-display: swap` shows the text at once in the fallback font while the font loads. */
function fontFace(font: BrandFont, url: string): string {
  return [
    '@font-face {',
    `  font-family: "${font.family}";`,
    `  src: url("${url}") format("woff2");`,
    `  font-weight: ${font.weight.min} ${font.weight.max};`,
    '  font-style: normal;',
    '  font-display: swap;',
    '}',
  ].join('\n');
}

/**
 * The brand's stylesheet. `urlOf` gives the address a font file is written
 * with (the build rewrites it to the published file); only fonts whose file
 * is there (`urlOf` gives an address) are used, so a missing file costs the
 * font, not the page.
 */
export function brandStylesheet(brand: Brand, urlOf: (path: string) => string | undefined): string {
  const rules: string[] = ['/* The brand, from content/site.yaml. */'];
  const root: string[] = [];
  const faces = new Map<string, string>();
  for (const role of ['body', 'heading'] as const) {
    const font = brand.fonts?.[role];
    const url = font && urlOf(font.file);
    if (font === undefined || url === undefined) continue;
    faces.set(`${font.family}\n${url}`, fontFace(font, url));
    // The neutral system fonts stay behind the brand's, for any character it lacks.
    root.push(`--font-${role}: "${font.family}", var(--font-system);`);
  }
  rules.push(...faces.values());
  if (brand.colors) root.push(...colorDeclarations(brand.colors.light));
  // html:root outranks the neutral :root of global.css whichever order the two files are bundled in.
  if (root.length > 0) rules.push(['html:root {', ...root.map((line) => `  ${line}`), '}'].join('\n'));
  if (brand.colors) {
    const dark = colorDeclarations(brand.colors.dark).map((line) => `    ${line}`);
    rules.push(['@media (prefers-color-scheme: dark) {', '  html:root {', ...dark, '  }', '}'].join('\n'));
  }
  return `${rules.join('\n')}\n`;
}
