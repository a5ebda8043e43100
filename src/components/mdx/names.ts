/**
 * The names of the components content may use in MDX. A plain list, apart
 * from the components themselves, so that the transparency check (which
 * imports nothing from Astro) refuses every other name; `index.ts` must give
 * each name a component, or it does not type-check.
 */
export const mdxComponentNames = ['Price', 'Fee', 'TotalCost', 'Term', 'Figure'] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];
