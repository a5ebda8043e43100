import { brandContrastFailures, type ContrastFailure, type PairColor } from '../../domain/brand/brand-contrast.ts';
import { formatRatio, relativeLuminance } from '../../domain/brand/contrast.ts';
import { entriesOf } from '../../reader/read-content.ts';
import { BrandSchema } from '../../schemas/brand.ts';
import { defineContentRule } from '../rule.ts';

/** The page's neutral colours, as an error names them. */
const pageColorNames = { background: 'the page background', text: 'the page text', textMuted: 'the muted text' };

/** A colour of a pair as an error names it: its field and value, or the neutral colour's name and value. */
function colorName(color: PairColor, value: string, scheme: string): string {
  return 'brand' in color ? `brand.colors.${scheme}.${color.brand} ${value}` : `${pageColorNames[color.page]} ${value}`;
}

/** What to change: the blamed colour made just dark or light enough, in its own hue, when there is one. */
function fixOf({ scheme, pair, blamed, suggestion }: ContrastFailure): string {
  const field = `brand.colors.${scheme}.${pair.blame}`;
  if (suggestion === undefined) return `Choose another ${field}.`;
  const way = relativeLuminance(suggestion) < relativeLuminance(blamed) ? 'darker' : 'lighter';
  return `Make ${field} ${way}, such as ${suggestion} (the same hue), or choose another colour.`;
}

export default defineContentRule({
  meta: {
    id: 'plain/brand-contrast',
    severity: 'error',
    description:
      "The brand's colours stand out from what they are drawn on, in light and in dark: 4.5:1 for text " +
      'and links, 3:1 for the focus ring.',
    rationale:
      'A link or a header that is faint in one colour scheme cannot be read by many customers with low vision, ' +
      'in sunlight or on a poor screen; a focus ring that blends in leaves keyboard users lost.',
    source: 'WCAG 2.2, success criteria 1.4.3 (contrast, minimum) and 1.4.11 (non-text contrast), level AA',
    suppressible: false,
    messages: {
      found:
        'In the {{scheme}} scheme, {{color}} on {{against}} ({{what}}) has a contrast of {{ratio}}, below the ' +
        '{{required}} that WCAG 2.2 asks (success criterion {{criterion}}). {{fix}}',
    },
    examples: {
      bad: 'colors:\n  light:\n    link: "#7aa7d9"   # 2.51:1 on the white page',
      good: 'colors:\n  light:\n    link: "#0a58b8"   # 6.77:1 on the white page',
    },
  },
  create(context) {
    return {
      tree(tree) {
        const site = entriesOf(tree, 'site')[0];
        const raw = site?.raw as { brand?: { colors?: unknown } } | undefined;
        // Colours of the wrong shape are the schema/* rules' to report; a mistake elsewhere in the brand
        // (its logo, say) does not stop the colours from being judged.
        const parsed = BrandSchema.shape.colors.safeParse(raw?.brand?.colors);
        const colors = parsed.success ? parsed.data : undefined;
        if (site === undefined || colors === undefined) return;
        for (const failure of brandContrastFailures(colors)) {
          const { scheme, pair } = failure;
          context.report({
            file: site.source,
            field: ['brand', 'colors', scheme, pair.blame],
            messageId: 'found',
            data: {
              scheme,
              what: pair.what,
              color: colorName(pair.color, failure.color, scheme),
              against: colorName(pair.against, failure.against, scheme),
              ratio: formatRatio(failure.ratio),
              required: `${pair.required}:1`,
              criterion: pair.criterion,
              fix: fixOf(failure),
            },
          });
        }
      },
    };
  },
});
