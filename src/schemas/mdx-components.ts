/**
 * The names of the components content may use in MDX. A plain list, apart
 * from the components themselves, so that the rules (which import nothing
 * from Astro) refuse every other name; `src/components/mdx/index.ts` must
 * give each name a component, or it does not type-check.
 */
export const mdxComponentNames = [
  'Price',
  'Fee',
  'TotalCost',
  'Term',
  'Figure',
  'PolicyFact',
  'IncidentCount',
  'IncidentCauses',
  'Uptime',
] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];
