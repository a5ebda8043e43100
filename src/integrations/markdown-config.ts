/**
 * The site's Markdown settings (astro.config.mjs's `markdown`), in a module
 * of their own so that `npm run publish:status` renders an incident's
 * Markdown with them without loading the whole configuration and every
 * integration it imports.
 *
 * Astro's own Markdown processor (Sätteri) with its defaults; only the
 * footnotes section is named for what papers use it for.
 */
import { satteri } from '@astrojs/markdown-satteri';

export const markdownConfig = {
  // Shiki colours code with inline styles, which the Content Security Policy refuses; code in content is shown plain.
  syntaxHighlight: false,
  processor: satteri({
    features: {
      gfm: { footnotes: { label: 'Notes and references', backLabel: 'Back to the text of note {reference}' } },
    },
  }),
} as const;
