import { brandFiles, type BrandFileKind } from '../../domain/brand/brand-files.ts';
import { didYouMeanQuestion } from '../../domain/text/nearest.ts';
import { layoutOf, layoutRow } from '../../reader/layout.ts';
import { entriesOf } from '../../reader/read-content.ts';
import { BrandSchema } from '../../schemas/brand.ts';
import { defineContentRule } from '../rule.ts';

/** What each kind of brand file is, for the message about a path of the wrong kind. */
const kinds: Record<BrandFileKind, string> = {
  'brand-image': 'an SVG image in content/brand/',
  'brand-font': 'a WOFF2 font in content/brand/fonts/',
  'brand-licence': 'a .txt file in content/brand/fonts/',
};
const isBrandKind = (kind: string | undefined): kind is BrandFileKind => kind !== undefined && kind in kinds;

export default defineContentRule({
  meta: {
    id: 'reference/brand-file',
    severity: 'error',
    description:
      "Every file site.yaml's brand names is there and of its kind (an SVG logo, a WOFF2 font and its licence), " +
      'and every file in content/brand/ is named.',
    rationale:
      'A logo or font that is missing breaks every page; a file nothing names is published for nobody, ' +
      'and nobody reviews it.',
    source: 'Plainsight: nothing is published for nobody; SIL Open Font License 1.1 (a font travels with its licence)',
    suppressible: false,
    messages: {
      wrongKind: '{{what}} must be {{kind}}, written as {{example}}; "{{path}}" is not.',
      missing: 'There is no file content/{{path}}. {{suggestion}}',
      unnamed:
        "site.yaml's brand does not name this file, so no page uses it. Name it there " +
        '(brand.logo.file, or a font and its licence under brand.fonts), or remove it.',
    },
    examples: { bad: 'logo: { file: brand/logo.png }', good: 'logo: { file: brand/logo.svg }' },
  },
  create(context) {
    return {
      tree(tree) {
        const site = entriesOf(tree, 'site')[0];
        // Only a logo and fonts of the right shape name files; the schema/* rules report any other, and
        // then no file can be judged unnamed either.
        const raw = site?.raw as { brand?: { logo?: unknown; fonts?: unknown } } | undefined;
        const logo = BrandSchema.shape.logo.safeParse(raw?.brand?.logo);
        const fonts = BrandSchema.shape.fonts.safeParse(raw?.brand?.fonts);
        const isRecord = raw?.brand === undefined || (typeof raw.brand === 'object' && raw.brand !== null);
        if (site === undefined || raw === undefined || !isRecord || !logo.success || !fonts.success) return;
        const present = new Map(tree.files.filter((file) => !file.skipped).map((file) => [file.path, file]));
        const named = brandFiles({
          ...(logo.data ? { logo: logo.data } : {}),
          ...(fonts.data ? { fonts: fonts.data } : {}),
        });
        for (const { field, what, path, kind } of named) {
          const capital = what.charAt(0).toUpperCase() + what.slice(1);
          if (layoutOf(path)?.kind !== kind) {
            const data = { what: capital, kind: kinds[kind], example: layoutRow(kind).example, path };
            context.report({ file: site.source, field, messageId: 'wrongKind', data });
          } else if (!present.has(path)) {
            const known = [...present.values()].filter((file) => file.kind === kind).map((file) => file.path);
            const data = { path, suggestion: didYouMeanQuestion(path, known) };
            context.report({ file: site.source, field, messageId: 'missing', data });
          }
        }
        const used = new Set(named.map(({ path }) => path));
        for (const file of present.values()) {
          if (!isBrandKind(file.kind) || used.has(file.path)) continue;
          context.report({ file, messageId: 'unnamed', ...(file.layout ? { url: file.layout.docs } : {}) });
        }
      },
    };
  },
});
