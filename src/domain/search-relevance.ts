/**
 * Tells a search's real matches from Pagefind's guesses, so that the search
 * page can say plainly when nothing on the site matches.
 *
 * Pagefind looks up each word of a query by prefix (`find_word_extensions`
 * in pagefind_web/src/search.rs): every indexed word that begins with it
 * ("cancel" finds "cancellation"), or, when no indexed word does, the
 * longest indexed word that it begins with, however short. That fallback is
 * for words still being typed ("installa" finds "instal"), but it has no
 * floor: "arbitration" finds "a", and every page with an "a" on it comes
 * back (Pagefind issues #599 and #780). Pagefind decides this once per
 * query word for the whole index, and drops a word that matches nothing at
 * all rather than returning nothing. Every result has a match for every
 * word that was not dropped, so the words at a result's matched positions
 * show which query words really occur on the site.
 */

/**
 * The fewest letters a shorter word must share with a query word to stand
 * for it, with at least half of the query word (`sharesEnough`).
 */
export const minimumSharedLetters = 3;

/**
 * Words too common to find anything by themselves: a query's other words
 * are searched without them, so that "how do I cancel" looks for "cancel"
 * and is not narrowed to the pages that also say "how" and "do". A query of
 * only such words is searched as it is.
 */
export const fillerWords: ReadonlySet<string> = new Set(
  (
    'a about am an and any are as at be but by can could did do does for from get got had has have how i if in ' +
    'into is it its me my of on or our should so than that the their them then there these this those to us was ' +
    'we were what when where which who why will with would you your'
  ).split(' '),
);

/** Lower case without accents, as Pagefind compares words. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words of a query as Pagefind searches them: lower case, without
 * accents or punctuation (so "Wi-Fi" is "wifi"), each once.
 */
export function queryWords(query: string): string[] {
  const words = fold(query)
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(/\s+/)
    .filter((word) => word !== '');
  return [...new Set(words)];
}

/** The query words worth searching for: all but the filler words, unless nothing else is left. */
export function wordsThatCount(words: readonly string[]): string[] {
  const meaningful = words.filter((word) => !fillerWords.has(word));
  return meaningful.length > 0 ? meaningful : [...words];
}

/**
 * The words one word of a page can match: its parts between punctuation,
 * and for a word like "Wi-Fi" or "early-termination" the parts joined too,
 * as Pagefind indexes them.
 */
export function pageWordForms(word: string): string[] {
  const parts = fold(word)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part !== '');
  return parts.length > 1 ? [...parts, parts.join('')] : parts;
}

function sharedPrefixLength(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < length && a[shared] === b[shared]) shared++;
  return shared;
}

/**
 * Whether a word on a page stands for a query word: it begins with the
 * whole query word (as "cancellation" does for "cancel", the prefix search
 * that lets results appear while a word is typed), or shares its first
 * `minimumSharedLetters` letters and at least half of it (a stem or another
 * form: "fee" for "fees", "cancel" for "cancelled", "install" for
 * "installation"). Less is a different word that merely starts the same:
 * "a" for "arbitration", "doc" for "documentation".
 */
export function sharesEnough(pageWord: string, queryWord: string): boolean {
  const shared = sharedPrefixLength(pageWord, queryWord);
  return shared === queryWord.length || shared >= Math.max(minimumSharedLetters, Math.ceil(queryWord.length / 2));
}

/** The query words that one of the page's words stands for. */
export function wordsFoundIn(pageWords: Iterable<string>, words: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const pageWord of pageWords) {
    for (const form of pageWordForms(pageWord)) {
      for (const word of words) if (!found.has(word) && sharesEnough(form, word)) found.add(word);
    }
  }
  return found;
}

/** What the search page needs of a result's data from Pagefind (`await result.data()`). */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text; `locations` count its words, split at white space. */
  content: string;
  /** The positions in `content` of the words that matched. */
  locations: number[];
  /** An excerpt around the best match, with matched words in `<mark>` and `<`, `>` escaped. */
  excerpt: string;
  /** The page's metadata: `title`, `summary` and any `data-pagefind-meta`; Pagefind searches these too. */
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** The sections of the page that match, each from a heading with an id to the next, with its own matches. */
  sub_results?: Array<{ title: string; url: string; excerpt: string; locations: number[] }>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** The number of results before filters. */
  unfilteredResultCount: number;
  /** For each filter, the number of results with each value, before filters. */
  totalFilters: Record<string, Record<string, number> | undefined>;
  /** For each filter, the number of results with each value on top of the search's filters. */
  filters?: Record<string, Record<string, number> | undefined>;
}

/**
 * Pagefind's filters: each filter's values (a page must have all of them),
 * or Pagefind's compound conditions (`any`, `none`, …), which may nest.
 */
export type PagefindFilters = Record<string, unknown>;

/** The part of Pagefind's search API (/pagefind/pagefind.js) the search page uses. */
export interface PagefindSearchApi {
  search(term: string, options?: { filters?: PagefindFilters }): Promise<PagefindSearch | null>;
}

/** How many results a search has in all, and of each value of each filter named. */
export interface SearchCounts {
  all: number;
  byFilter: Record<string, Record<string, number> | undefined>;
}

/** Every word Pagefind matched on a result's page: at its matched positions, and in its metadata. */
export function matchedWords(data: PagefindResultData): string[] {
  // Pagefind counts positions by splitting at white space other than U+FEFF (build_excerpt in pagefind.js).
  const words = data.content.split(/[^\S\uFEFF]+/u);
  const inMeta = Object.values(data.meta).flatMap((value) => value?.split(/\s+/) ?? []);
  return [...data.locations.map((location) => words[location] ?? ''), ...inMeta].filter((word) => word !== '');
}

/** How many of the best results a query's words are looked for in. */
const resultsChecked = 3;

export interface RelevantSearch {
  /** The query words searched for: those found on the site, without filler words when there are others. */
  searched: string[];
  /** The query words found on no page, which the results therefore do not match. */
  missing: string[];
  /** Pagefind's results for the searched words, or undefined when no word was found. */
  found: PagefindSearch | undefined;
  /** The results without the filters chosen, in all and by filter value; undefined when no word was found. */
  counts?: SearchCounts | undefined;
}

/**
 * Searches for the words of a query that really occur on the site, and
 * names the ones that do not. Pagefind is asked once for the query's words,
 * each word is looked for on the best few results, and when a word was not
 * found there (Pagefind dropped it or guessed a shorter word) it is asked
 * again without it, so that the results, their ranking and their marked
 * words all come from real matches. `filters` gives, for each filter, the
 * values a result may have (any of them; none for all); every filter named
 * is counted in the results' `totalFilters`. `always` are filters every
 * search applies, counts included (the search page's: leave out the
 * build's entries of pages a status publish wrote again); `unsure` names
 * the results to confirm one by one (those of the publish's small index).
 */
export async function relevantSearch(
  pagefind: PagefindSearchApi,
  query: string,
  filters: Record<string, string[]> = {},
  always: PagefindFilters = {},
  unsure?: (id: string) => boolean,
): Promise<RelevantSearch> {
  const words = wordsThatCount(queryWords(query));
  if (words.length === 0) return { searched: [], missing: [], found: undefined };
  // Every filter, with no value required: Pagefind counts only the filters a search names.
  const unfiltered = { ...always, ...Object.fromEntries(Object.keys(filters).map((name) => [name, []])) };
  const first = await pagefind.search(words.join(' '), { filters: unfiltered });
  const checked = await Promise.all((first?.results ?? []).slice(0, resultsChecked).map((result) => result.data()));
  const onSite = wordsFoundIn(checked.flatMap(matchedWords), words);
  const searched = words.filter((word) => onSite.has(word));
  const missing = words.filter((word) => !onSite.has(word));
  if (searched.length === 0) return { searched, missing, found: undefined };
  const filtered = Object.values(filters).some((values) => values.length > 0);
  const found = await confirmed(
    missing.length === 0 && !filtered
      ? first
      : await pagefind.search(searched.join(' '), { filters: { ...always, ...filters } }),
  );
  return { searched, missing, found: found.search ?? undefined, counts: await countsOf() };

  /**
   * The results of `unsure` pages that really have every searched word. A small index merged with a large
   * one matches a word it does not have on a prefix of it (as Pagefind does in any index), where the large
   * one has the word: those results are dropped, and returned for the counts.
   */
  async function confirmed(search: PagefindSearch | null) {
    if (search === null || unsure === undefined) return { search, dropped: [] as PagefindResultData[] };
    const checks = await Promise.all(
      search.results.map(async (result) => {
        if (!unsure(result.id)) return { result, data: undefined };
        const data = await result.data();
        return { result, data, kept: wordsFoundIn(matchedWords(data), searched).size === searched.length };
      }),
    );
    return {
      search: { ...search, results: checks.filter((check) => check.kept !== false).map((check) => check.result) },
      dropped: checks.flatMap((check) => (check.kept === false ? [check.data] : [])),
    };
  }

  /**
   * Pagefind counts "before filters" without the filters that always apply too, so with them the counts are
   * those of a search with them alone: its results, and each value's results on top of them, less the
   * results dropped as not confirmed.
   */
  async function countsOf(): Promise<SearchCounts | undefined> {
    if (Object.keys(always).length === 0 && unsure === undefined)
      return found.search
        ? { all: found.search.unfilteredResultCount, byFilter: found.search.totalFilters }
        : undefined;
    const all = await confirmed(
      missing.length === 0 ? first : await pagefind.search(searched.join(' '), { filters: unfiltered }),
    );
    if (all.search === null) return undefined;
    const byFilter = structuredClone(all.search.filters ?? {});
    for (const data of all.dropped)
      for (const [name, values] of Object.entries(data.filters))
        for (const value of values ?? []) {
          const counts = byFilter[name];
          if (counts?.[value] !== undefined) counts[value] -= 1;
        }
    return { all: all.search.results.length, byFilter };
  }
}
