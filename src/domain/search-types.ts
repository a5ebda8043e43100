/** The kinds of page site search can filter by (the `type` filter of the index). */
export const searchTypes = ['pricing', 'policy', 'status', 'paper', 'help'] as const;
export type SearchType = (typeof searchTypes)[number];

/** What the search page's filter shows for each kind of page: words a reader knows, not ids. */
export const searchTypeLabel: Readonly<Record<SearchType, string>> = {
  pricing: 'Prices and fees',
  policy: 'Policies',
  status: 'Service status',
  paper: 'Papers',
  help: 'Contact and cancelling',
};
