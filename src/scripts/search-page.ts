/**
 * /search/: searches the Pagefind index in the browser as the reader types,
 * and for the `?q=` the header's search box sends, and lists only the pages
 * that really match (`relevantSearch`): a query nothing on the site matches
 * says so and shows where else to look. The form, the filter by kind of
 * page and that help are the page's own HTML; this script fills in the
 * status line, the counts and the results, and keeps the address in step
 * so that a search can be shared or reloaded.
 */
import {
  relevantSearch,
  type PagefindFilters,
  type PagefindResultData,
  type PagefindSearchApi,
  type RelevantSearch,
} from '../domain/search-relevance.ts';
import { metaWeights } from '../domain/search-ranking.ts';

/** The parts of /pagefind/pagefind.js this page calls. */
interface PagefindModule extends PagefindSearchApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

/** Pagefind, with the filters every search applies and the results to confirm. */
interface Search {
  pagefind: PagefindModule;
  always: PagefindFilters;
  unsure: ((id: string) => boolean) | undefined;
}

/** Pagefind's options: the site's ranking, and an ellipsis where an excerpt cuts a sentence. */
const pagefindOptions = {
  ranking: { metaWeights },
  excerptLength: 28,
  excerptEllipsis: '…',
};

/** Results shown at first, and added by each "Show more results". */
const pageSize = 10;
/** How long typing pauses before the search runs, in milliseconds. */
const typingPause = 150;

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The search page has no element with the id "${id}".`);
  return found as T;
}

const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-query');
const status = byId<HTMLParagraphElement>('search-status');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');
const nothingFound = byId<HTMLElement>('search-none');
const nothingFoundHelp = byId<HTMLTemplateElement>('search-none-help');

/** Shows or removes the help for a search that finds nothing: where else to look. */
function showHelp(needed: boolean): void {
  if (!needed) nothingFound.replaceChildren();
  else if (nothingFound.childElementCount === 0) nothingFound.append(nothingFoundHelp.content.cloneNode(true));
}

let pagefind: Promise<Search> | undefined;

/**
 * Loads Pagefind once; the search page is for searching, so it starts
 * loading at once. After a status publish, the pages it wrote have an index
 * of their own (`/pagefind-live/`): it is merged in, and the build's entries
 * of those pages are left out of every search.
 */
function loadPagefind(): Promise<Search> {
  pagefind ??= (async () => {
    // A variable, so that the bundler leaves the import to the browser: the file exists only in the built site.
    const bundle = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ bundle)) as PagefindModule;
    await module.options(pagefindOptions);
    await module.init();
    const state = await liveIndexState();
    if (state.live) await module.mergeIndex('/pagefind-live/', { ...pagefindOptions, mergeFilter: { index: 'live' } });
    const stale = { none: state.replaced.map((url) => ({ page: url })) };
    const always = state.replaced.length === 0 ? {} : state.live ? { any: [{ index: 'live' }, stale] } : stale;
    const live = new Set(state.ids);
    return { pagefind: module, always, unsure: live.size === 0 ? undefined : (id: string) => live.has(id) };
  })();
  return pagefind;
}

/** What /pagefind-live/live.json says; no live index when it cannot be read. */
async function liveIndexState(): Promise<{ live: boolean; replaced: string[]; ids: string[] }> {
  const none = { live: false, replaced: [], ids: [] };
  try {
    const response = await fetch('/pagefind-live/live.json', { cache: 'no-cache' });
    if (!response.ok) return none;
    const state = (await response.json()) as { live?: unknown; replaced?: unknown; ids?: unknown };
    const strings = (list: unknown) =>
      Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
    return { live: state.live === true, replaced: strings(state.replaced), ids: strings(state.ids) };
  } catch {
    return none;
  }
}

/** The kind of page chosen in the filter: a label from search-types.ts, or '' for everything. */
function chosenType(): string {
  return new FormData(form).get('type')?.toString() ?? '';
}

function quoted(words: readonly string[]): string {
  return words.map((word) => `“${word}”`).join(', ');
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** Pagefind's excerpt as nodes: its `<mark>`s as elements, everything else as text (it escapes only < and >). */
function excerptNodes(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let mark: HTMLElement | undefined;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') {
      mark = document.createElement('mark');
      fragment.append(mark);
    } else if (part === '</mark>') {
      mark = undefined;
    } else if (part !== '') {
      (mark ?? fragment).append(part.replaceAll('&lt;', '<').replaceAll('&gt;', '>'));
    }
  }
  return fragment;
}

/** One result: the page's title as a link, its kind, the excerpt, and the sections of a long page that match. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  item.append(heading);
  const kind = data.filters['type']?.[0];
  if (kind !== undefined) {
    const kindLine = document.createElement('p');
    kindLine.className = 'search-result-kind';
    kindLine.textContent = kind;
    item.append(kindLine);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  excerpt.append(excerptNodes(data.excerpt));
  item.append(excerpt);
  // The sections with a heading of their own that match most, in the page's order, as Pagefind's own UI picks them.
  const headed = (data.sub_results ?? []).filter((sub) => sub.url.includes('#') && sub.title !== link.textContent);
  const best = new Set([...headed].sort((a, b) => b.locations.length - a.locations.length).slice(0, 3));
  const sections = headed.filter((sub) => best.has(sub));
  if (sections.length > 0) {
    const sectionList = document.createElement('ul');
    sectionList.className = 'search-result-sections';
    sectionList.setAttribute('aria-label', `Matching sections of ${link.textContent}`);
    for (const section of sections) {
      const sectionItem = document.createElement('li');
      const sectionLink = document.createElement('a');
      sectionLink.href = section.url;
      sectionLink.textContent = section.title;
      sectionItem.append(sectionLink);
      sectionList.append(sectionItem);
    }
    item.append(sectionList);
  }
  return item;
}

/** The results of the search on screen, and how many of them are shown. */
let shown: { outcome: RelevantSearch; count: number } | undefined;

/** The next page of results as list items, read from Pagefind. */
async function nextItems(outcome: RelevantSearch, from: number): Promise<HTMLLIElement[]> {
  const next = (outcome.found?.results ?? []).slice(from, from + pageSize);
  return (await Promise.all(next.map((result) => result.data()))).map(resultItem);
}

/** Adds the next page of results, and returns the first added, or undefined if another search has started. */
async function showMore(): Promise<HTMLLIElement | undefined> {
  const current = latestSearch;
  if (shown === undefined) return undefined;
  const items = await nextItems(shown.outcome, shown.count);
  if (current !== latestSearch) return undefined;
  list.append(...items);
  shown.count += items.length;
  more.hidden = shown.count >= (shown.outcome.found?.results.length ?? 0);
  return items[0];
}

/** Writes each kind's number of results into the filter; none before a search. */
function showCounts(outcome: RelevantSearch | undefined): void {
  for (const count of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
    const type = count.dataset['countFor'] ?? '';
    const counts = outcome?.counts;
    const n = type === '' ? (counts?.all ?? 0) : (counts?.byFilter['type']?.[type] ?? 0);
    count.textContent = outcome === undefined ? '' : `(${n.toLocaleString()})`;
  }
}

/** What the status line says about a search's outcome. */
function summary(query: string, type: string, outcome: RelevantSearch): string {
  const found = outcome.found;
  const count = found?.results.length ?? 0;
  if (outcome.searched.length === 0) return `Nothing on this site matches “${query}”.`;
  const searchedFor = outcome.missing.length > 0 ? outcome.searched.join(' ') : query;
  const lead = outcome.missing.length > 0 ? `No page mentions ${quoted(outcome.missing)}. ` : '';
  if (count === 0 && type !== '') {
    const everywhere = plural(outcome.counts?.all ?? 0, 'result', 'results');
    return `${lead}Nothing in ${type} matches “${searchedFor}”; choose Everything to see ${everywhere}.`;
  }
  return `${lead}${plural(count, 'result', 'results')} for “${searchedFor}”${type === '' ? '' : ` in ${type}`}.`;
}

let latestSearch = 0;

async function search(query: string, type: string): Promise<void> {
  const current = ++latestSearch;
  keepAddress(query, type);
  if (query.trim() === '') {
    shown = undefined;
    status.textContent = '';
    list.replaceChildren();
    more.hidden = true;
    showHelp(false);
    showCounts(undefined);
    finished(query);
    return;
  }
  let outcome: RelevantSearch;
  let items: HTMLLIElement[];
  try {
    const { pagefind, always, unsure } = await loadPagefind();
    outcome = await relevantSearch(pagefind, query, { type: type === '' ? [] : [type] }, always, unsure);
    if (current !== latestSearch) return;
    items = await nextItems(outcome, 0);
  } catch (error) {
    if (current !== latestSearch) return;
    status.textContent = 'Search could not start here. Everything is also reachable from the pages below.';
    list.replaceChildren();
    more.hidden = true;
    showHelp(true);
    finished(query);
    console.error(error);
    return;
  }
  if (current !== latestSearch) return;
  // Everything changes at once, so that the list, the counts and the status line never disagree.
  shown = { outcome, count: items.length };
  list.replaceChildren(...items);
  more.hidden = items.length >= (outcome.found?.results.length ?? 0);
  showCounts(outcome);
  status.textContent = summary(query.trim(), type, outcome);
  showHelp(outcome.searched.length === 0);
  finished(query);
}

/** Records on the list which query it shows the results of, so that a test can wait for them. */
function finished(query: string): void {
  list.dataset['query'] = query;
}

/** Puts the search in the address, so that reloading, sharing or going back finds it again. */
function keepAddress(query: string, type: string): void {
  const params = new URLSearchParams();
  if (query.trim() !== '') params.set('q', query.trim());
  if (type !== '') params.set('type', type);
  const address = params.size > 0 ? `?${params.toString()}` : window.location.pathname;
  history.replaceState(null, '', address);
}

let typing: number | undefined;

input.addEventListener('input', () => {
  window.clearTimeout(typing);
  typing = window.setTimeout(() => void search(input.value, chosenType()), typingPause);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(typing);
  void search(input.value, chosenType());
});
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === 'radio') {
    window.clearTimeout(typing);
    void search(input.value, chosenType());
  }
});
more.addEventListener('click', () => {
  void showMore().then((first) => first?.querySelector('a')?.focus());
});

const params = new URLSearchParams(window.location.search);
const initialType = params.get('type') ?? '';
const typeChoice = [...form.querySelectorAll<HTMLInputElement>('input[name="type"]')].find(
  (radio) => radio.value === initialType,
);
if (typeChoice !== undefined) typeChoice.checked = true;
input.value = params.get('q') ?? '';
if (input.value.trim() !== '') void search(input.value, chosenType());
else void loadPagefind().catch(() => undefined);
