/**
 * Indexes the built site with Pagefind's Node API once Astro has written it
 * (`astro:build:done`, as Starlight does), into `<outDir>/pagefind/`.
 * Pagefind reports problems as `errors` on every response rather than
 * throwing; each one is checked, and any error, or an index with no page,
 * fails the build: a site whose search silently finds nothing is broken.
 *
 * What is indexed is decided in the pages: only `<main data-pagefind-body>`
 * of the pages that set a search type (see Base.astro). Each page is handed
 * to Pagefind with its block elements spaced apart (`spaceBlocks`), so that
 * search snippets read as the page does.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { builtFile } from './prerender-bundle.ts';

function fail(step: string, errors: readonly string[]): never {
  throw new AstroError(`Search index: ${step} failed.`, errors.join('\n'));
}

/** The number of pages in a written index, from Pagefind's entry file. */
function indexedPages(entryFile: string): number {
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/**
 * The block elements whose text Pagefind joins to the next element's. It
 * puts a space only after h1 to h6, p, td, div, ul, li, article and section
 * (SENTENCE_SELECTORS in pagefind/src/fossick/parser.rs), and Astro writes
 * no white space between tags, so `<dt>Impact</dt><dd>Major</dd>` was
 * indexed, and shown in snippets, as "ImpactMajor".
 */
const unspacedBlocks = /<\/(?:address|blockquote|caption|dd|details|dl|dt|figcaption|figure|ol|summary|table|th|tr)>/gi;

/** The page's HTML with a space after each block element Pagefind would run into the next. */
export function spaceBlocks(html: string): string {
  return html.replace(unspacedBlocks, '$& ');
}

/** The address Pagefind gives a built file: `pricing/fees/index.html` is `/pricing/fees/`. */
export function pageUrl(relativePath: string): string {
  const path = relativePath.split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The folder of the pages a status publish wrote since the last full build:
 * their own small index, which the search page merges with the build's
 * (Pagefind cannot update an index, and indexing the whole site takes
 * longer than the publish may), and `live.json`, which says whether there
 * is one and which of the build's pages it replaces.
 */
export const liveIndexFolder = 'pagefind-live';

/** `<outDir>/pagefind-live/live.json`: what the search page reads before it searches. */
export interface LiveIndexState {
  /** Whether the folder holds an index to merge. */
  live: boolean;
  /** The addresses whose entries in the build's index are out of date (rewritten or removed since). */
  replaced: string[];
  /** The ids of the live index's pages (its fragments' names), whose results the search page confirms. */
  ids: string[];
}

/** The attribute that marks what of a page is searchable (Base.astro sets it on pages with a search type). */
const searchBody = 'data-pagefind-body';

/** The pages a status publish can rewrite: each gets a `page` filter in the build's index, to be replaced by. */
export const publishable = (url: string): boolean =>
  url === '/' || url.startsWith('/status/') || url.startsWith('/papers/');

/** The page's HTML with its address as a `page` filter, which Pagefind reads anywhere in the page. */
function withPageFilter(html: string, url: string): string {
  const filter = `<meta data-pagefind-filter="page[content]" content="${url.replaceAll('"', '&quot;')}">`;
  return html.replace(/<head>/i, `$&${filter}`);
}

/** Indexes the HTML files `files` (relative to `outDir`) into `<outDir>/<folder>/`; the number indexed. */
async function writeIndex(
  outDir: string,
  files: readonly string[],
  folder: string,
  filtered: boolean,
): Promise<number> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    if (created.errors.length > 0 || created.index === undefined) fail('creating the index', created.errors);
    const { index } = created;
    const added = await Promise.all(
      files.map((file) => {
        const url = pageUrl(file);
        const html = spaceBlocks(readFileSync(join(outDir, file), 'utf8'));
        return index.addHTMLFile({ url, content: filtered && publishable(url) ? withPageFilter(html, url) : html });
      }),
    );
    const addErrors = added.flatMap((response) => response.errors);
    if (addErrors.length > 0) fail('reading the pages', addErrors);
    const written = await index.writeFiles({ outputPath: join(outDir, folder) });
    if (written.errors.length > 0) fail('writing the index', written.errors);
    // Every page read is added; the entry file says how many had a body to index.
    return indexedPages(join(outDir, folder, 'pagefind-entry.json'));
  } finally {
    await pagefind.close();
  }
}

function writeLiveState(outDir: string, state: LiveIndexState): void {
  mkdirSync(join(outDir, liveIndexFolder), { recursive: true });
  writeFileSync(join(outDir, liveIndexFolder, 'live.json'), JSON.stringify(state));
}

/**
 * Writes the search index of the site built in `outDir` into `<outDir>/pagefind/`,
 * replacing the one there, with no live index beside it: what a build does last,
 * and what `npm run publish:status -- --search` does again.
 */
export async function writeSearchIndex(outDir: string): Promise<{ indexed: number; pages: number }> {
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${liveIndexFolder}${sep}`))
    .sort();
  const indexed = await writeIndex(outDir, pages, 'pagefind', true);
  if (indexed === 0) fail('indexing', ['No page has data-pagefind-body: nothing would be searchable.']);
  rmSync(join(outDir, liveIndexFolder), { recursive: true, force: true });
  writeLiveState(outDir, { live: false, replaced: [], ids: [] });
  return { indexed, pages: pages.length };
}

/**
 * Writes the live index of a status publish: the pages at `urls` (those it
 * wrote since the last full build that still exist) in `<outDir>/pagefind-live/`,
 * and `replaced`, every address whose entry in the build's index is out of date.
 */
export async function writeLiveSearchIndex(
  outDir: string,
  urls: readonly string[],
  replaced: readonly string[],
): Promise<{ indexed: number }> {
  rmSync(join(outDir, liveIndexFolder), { recursive: true, force: true });
  // Only pages with a search body: an index of none but pages without one would index them whole.
  const files = urls
    .map((url) => builtFile(url, 'page'))
    .filter((file) => existsSync(join(outDir, file)) && readFileSync(join(outDir, file), 'utf8').includes(searchBody));
  const indexed = files.length === 0 ? 0 : await writeIndex(outDir, files, liveIndexFolder, false);
  const fragments = join(outDir, liveIndexFolder, 'fragment');
  const ids = existsSync(fragments)
    ? readdirSync(fragments)
        .filter((name) => name.endsWith('.pf_fragment'))
        .map((name) => name.replace(/\.pf_fragment$/, ''))
        .sort()
    : [];
  writeLiveState(outDir, { live: indexed > 0, replaced: [...replaced].sort(), ids });
  return { indexed };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'plainsight:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { indexed, pages } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(
          `Indexed ${indexed} of ${pages} pages for search in ` + `${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
