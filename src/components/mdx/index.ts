/**
 * The components content may use in MDX, passed to every rendered entry.
 * Content never imports components itself (the check refuses imports); this
 * map is the whole list.
 */
import Fee from './Fee.astro';
import Price from './Price.astro';
import TotalCost from './TotalCost.astro';

export const mdxComponents = { Price, Fee, TotalCost };
