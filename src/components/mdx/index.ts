/**
 * The components content may use in MDX, passed to every rendered entry.
 * Content never imports components itself (the check refuses imports); this
 * map is the whole list. The h2–h4 entries replace Markdown's own headings.
 */
import Fee from './Fee.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import Price from './Price.astro';
import Term from './Term.astro';
import TotalCost from './TotalCost.astro';
import Figure from './Figure.astro';

export const mdxComponents = { Price, Fee, TotalCost, Term, Figure, h2: H2, h3: H3, h4: H4 };
