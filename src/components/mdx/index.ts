/**
 * The components content may use in MDX, passed to every rendered entry.
 * Content never imports components itself (rule markup/import-export refuses
 * imports); this map is the whole list, and `names.ts` is the list the check
 * allows. The h2–h4 entries replace Markdown's own headings.
 */
import Fee from './Fee.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import Price from './Price.astro';
import Term from './Term.astro';
import TotalCost from './TotalCost.astro';
import Figure from './Figure.astro';
import IncidentCauses from './IncidentCauses.astro';
import IncidentCount from './IncidentCount.astro';
import PolicyFact from './PolicyFact.astro';
import Uptime from './Uptime.astro';
import type { MdxComponentName } from '../../schemas/mdx-components.ts';

// Typed by the names the check allows: a name without a component fails the type check.
export const mdxComponents = {
  Price,
  Fee,
  TotalCost,
  Term,
  Figure,
  PolicyFact,
  IncidentCount,
  IncidentCauses,
  Uptime,
  h2: H2,
  h3: H3,
  h4: H4,
} satisfies Record<MdxComponentName | 'h2' | 'h3' | 'h4', unknown>;
