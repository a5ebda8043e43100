/**
 * The files a brand names in site.yaml, each with its field, what it is in
 * words, and the kind of content file it must be (a row of the reader's
 * layout table). The content check and the build read the same list, so a
 * file the check accepts is the file the build publishes.
 */
import type { Brand } from '../../schemas/brand.ts';

/** The kinds of content file a brand names (src/reader/layout.ts). */
export type BrandFileKind = 'brand-image' | 'brand-font' | 'brand-licence';

/** One file a brand names. */
export interface BrandFile {
  /** Its field in site.yaml, such as `['brand', 'logo', 'file']`. */
  field: string[];
  /** What it is, in words: "the logo", "the body font's licence". */
  what: string;
  /** Its path from the content folder, as written, such as `brand/logo.svg`. */
  path: string;
  kind: BrandFileKind;
}

/** Every file the brand names, in the order of site.yaml's fields. */
export function brandFiles(brand: Brand): BrandFile[] {
  const files: BrandFile[] = [];
  if (brand.logo) {
    files.push({ field: ['brand', 'logo', 'file'], what: 'the logo', path: brand.logo.file, kind: 'brand-image' });
  }
  for (const role of ['body', 'heading'] as const) {
    const font = brand.fonts?.[role];
    if (font === undefined) continue;
    const fonts = ['brand', 'fonts', role];
    files.push({ field: [...fonts, 'file'], what: `the ${role} font`, path: font.file, kind: 'brand-font' });
    files.push({
      field: [...fonts, 'licence'],
      what: `the ${role} font's licence`,
      path: font.licence,
      kind: 'brand-licence',
    });
  }
  return files;
}
