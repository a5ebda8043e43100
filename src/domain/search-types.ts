/** The kinds of page site search can filter by (the `type` filter of the index). */
export const searchTypes = ['pricing', 'policy', 'status', 'paper', 'help'] as const;
export type SearchType = (typeof searchTypes)[number];
