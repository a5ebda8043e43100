import { describe, expect, it } from 'vitest';
import {
  matchedWords,
  pageWordForms,
  queryWords,
  relevantSearch,
  sharesEnough,
  wordsFoundIn,
  wordsThatCount,
  type PagefindFilters,
  type PagefindResultData,
  type PagefindSearchApi,
} from '../../src/domain/search-relevance.ts';

describe('query words', () => {
  it('are lower case, without accents or punctuation, each once, as Pagefind searches them', () => {
    expect(queryWords('  Wi-Fi router’s  RENTAL, rental ')).toEqual(['wifi', 'routers', 'rental']);
    expect(queryWords('Café déjà-vu')).toEqual(['cafe', 'dejavu']);
    expect(queryWords('?!')).toEqual([]);
  });

  it('leave out filler words, unless nothing else is left', () => {
    expect(wordsThatCount(queryWords('How do I cancel my plan?'))).toEqual(['cancel', 'plan']);
    expect(wordsThatCount(queryWords('what is it'))).toEqual(['what', 'is', 'it']);
  });
});

describe('a page word standing for a query word', () => {
  it.each([
    ['cancellation', 'cancel', 'a longer word that begins with it: search as you type'],
    ['fee', 'fees', 'the stem'],
    ['cancel', 'cancelled', 'the stem'],
    ['install', 'installation', 'the stem, with half the word'],
    ['instal', 'installa', 'a word still being typed'],
    ['policy', 'policies', 'another form'],
    ['tv', 'tv', 'a short word, whole'],
  ])('"%s" stands for "%s" (%s)', (pageWord, queryWord) => {
    expect(sharesEnough(pageWord, queryWord)).toBe(true);
  });

  it.each([
    ['a', 'arbitration', 'one letter'],
    ['doc', 'documentation', 'three letters of thirteen'],
    ['sd', 'sdafadsfasdf', 'two letters'],
    ['fiber', 'fee', 'only the first letter'],
    ['ab', 'abc', 'two letters, short of the whole word'],
  ])('"%s" does not stand for "%s" (%s)', (pageWord, queryWord) => {
    expect(sharesEnough(pageWord, queryWord)).toBe(false);
  });

  it('is read in its parts and joined, as Pagefind indexes compound words', () => {
    expect(pageWordForms('early-termination')).toEqual(['early', 'termination', 'earlytermination']);
    expect(pageWordForms('Cancel.')).toEqual(['cancel']);
    expect(pageWordForms('·')).toEqual([]);
    expect([...wordsFoundIn(['Wi-Fi', 'rental.'], ['wifi', 'rent', 'router'])]).toEqual(['wifi', 'rent']);
  });

  it("is taken from a result's matched positions and its metadata", () => {
    const data: PagefindResultData = {
      url: '/x/',
      content: 'Late payment. A fee of $5.00 applies.',
      locations: [0, 3],
      excerpt: '',
      meta: { title: 'Billing', keywords: undefined },
      filters: {},
    };
    expect(matchedWords(data)).toEqual(['Late', 'fee', 'Billing']);
  });
});

/**
 * Pagefind's matching over a few pages, as pagefind_web/src/search.rs does
 * it: each word finds the indexed words it begins, or else the longest
 * indexed word it begins with; a word that finds nothing is dropped; pages
 * must match every other word.
 */
function pagefindLike(pages: Record<string, { text: string; type: string }>) {
  const searched: string[] = [];
  const entries = Object.entries(pages).map(([url, page]) => ({ url, ...page, words: page.text.split(' ') }));
  const fold = (word: string) => word.toLowerCase().replace(/[^a-z0-9]/g, '');
  const vocabulary = [...new Set(entries.flatMap((page) => page.words.map(fold)))];
  const api: PagefindSearchApi = {
    async search(term, options) {
      const type = (options?.filters?.['type'] as string[] | undefined) ?? [];
      searched.push(type.length > 0 ? `${term} in ${type.join(', ')}` : term);
      const matches = term.split(' ').flatMap((word) => {
        const extensions = vocabulary.filter((indexed) => indexed.startsWith(word));
        const prefix = vocabulary.filter((indexed) => word.startsWith(indexed)).sort((a, b) => b.length - a.length)[0];
        const found = extensions.length > 0 ? extensions : prefix ? [prefix] : [];
        return found.length > 0 ? [found] : [];
      });
      const hits = entries.filter(
        (page) =>
          matches.every((found) => page.words.some((word) => found.includes(fold(word)))) &&
          (type.length === 0 || type.includes(page.type)),
      );
      const results = matches.length === 0 ? [] : hits;
      return {
        unfilteredResultCount: results.length,
        totalFilters: {},
        results: results.map((page) => ({
          id: page.url,
          score: 1,
          data: async () => ({
            url: page.url,
            content: page.text,
            locations: page.words.flatMap((word, at) => (matches.some((f) => f.includes(fold(word))) ? [at] : [])),
            excerpt: '',
            meta: {},
            filters: { type: [page.type] },
          }),
        })),
      };
    },
  };
  return { api, searched };
}

describe('relevantSearch', () => {
  const site = () =>
    pagefindLike({
      '/fees/': { text: 'Every fee we charge. A late fee of $5.', type: 'Prices and fees' },
      '/refunds/': { text: 'Refunds. We refund a fee if you cancel.', type: 'Policies' },
      '/status/': { text: 'All systems operational. A cable was cut.', type: 'Service status' },
    });

  it('finds nothing for a word the site never uses, where Pagefind alone lists every page with "a"', async () => {
    const { api, searched } = site();
    expect((await api.search('arbitration'))?.results.length).toBe(3);
    const outcome = await relevantSearch(api, 'Arbitration');
    expect(outcome).toEqual({ searched: [], missing: ['arbitration'], found: undefined });
    expect(searched).toEqual(['arbitration', 'arbitration']);
  });

  it('searches again without the words no page uses, and names them', async () => {
    const { api, searched } = site();
    const outcome = await relevantSearch(api, 'arbitration fee');
    expect(outcome.searched).toEqual(['fee']);
    expect(outcome.missing).toEqual(['arbitration']);
    expect(outcome.found?.results.map((result) => result.id)).toEqual(['/fees/', '/refunds/']);
    expect(searched).toEqual(['arbitration fee', 'fee']);
  });

  it('asks once when every word is found and nothing is filtered, and filters the second time', async () => {
    const { api, searched } = site();
    expect((await relevantSearch(api, 'how do I get a refund')).searched).toEqual(['refund']);
    expect(searched).toEqual(['refund']);
    expect((await relevantSearch(api, 'fee', { type: [] })).found?.results.length).toBe(2);
    const filtered = await relevantSearch(api, 'fee', { type: ['Policies'] });
    expect(filtered.found?.results.map((result) => result.id)).toEqual(['/refunds/']);
    expect(searched).toEqual(['refund', 'fee', 'fee', 'fee in Policies']);
  });

  it('searches for nothing when the query has no words', async () => {
    const { api, searched } = site();
    expect(await relevantSearch(api, ' — ')).toEqual({ searched: [], missing: [], found: undefined });
    expect(searched).toEqual([]);
  });
});

describe('relevantSearch with filters that always apply and results to confirm', () => {
  /** Two indexes merged: the small one matched "overloaded" on a prefix of it, the large one on the word. */
  const merged = () => {
    const searches: PagefindFilters[] = [];
    const page = (url: string, text: string, type: string, at: number) => ({
      id: url,
      score: 1,
      data: async () => ({
        url,
        content: text,
        locations: [at],
        excerpt: '',
        meta: {},
        filters: { type: [type] },
      }),
    });
    const api: PagefindSearchApi = {
      async search(_term, options) {
        searches.push(options?.filters ?? {});
        return {
          results: [
            page('/policies/fair-use/', 'Do not overloaded networks.', 'Policies', 2),
            page('/status/', 'Service overview today.', 'Service status', 1),
          ],
          unfilteredResultCount: 3,
          totalFilters: { type: { Policies: 2, 'Service status': 1 } },
          filters: { type: { Policies: 1, 'Service status': 1 } },
        };
      },
    };
    return { api, searches };
  };

  it('drops a result to confirm that lacks a searched word, and counts without it', async () => {
    const { api, searches } = merged();
    const always = { none: [{ page: '/status/incidents/old/' }] };
    const outcome = await relevantSearch(api, 'overloaded', { type: [] }, always, (id) => id === '/status/');
    expect(outcome.found?.results.map((result) => result.id)).toEqual(['/policies/fair-use/']);
    expect(outcome.counts).toEqual({ all: 1, byFilter: { type: { Policies: 1, 'Service status': 0 } } });
    // Every search applied the filters that always apply.
    expect(searches.length).toBeGreaterThan(0);
    for (const filters of searches) expect(filters).toMatchObject(always);
  });

  it('keeps a result to confirm that has every searched word', async () => {
    const { api } = merged();
    const outcome = await relevantSearch(api, 'overloaded', {}, {}, (id) => id === '/policies/fair-use/');
    expect(outcome.found?.results.map((result) => result.id)).toEqual(['/policies/fair-use/', '/status/']);
    expect(outcome.counts?.all).toBe(2);
  });
});
