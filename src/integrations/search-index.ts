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
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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
 * Writes the search index of the site built in `outDir` into `<outDir>/pagefind/`,
 * replacing the one there: what a build does last, and what
 * `npm run publish:status -- --search` does again (Pagefind cannot update an index).
 */
export async function writeSearchIndex(outDir: string): Promise<{ indexed: number; pages: number }> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    if (created.errors.length > 0 || created.index === undefined) fail('creating the index', created.errors);
    const { index } = created;
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .sort();
    const added = await Promise.all(
      pages.map((file) =>
        index.addHTMLFile({ url: pageUrl(file), content: spaceBlocks(readFileSync(join(outDir, file), 'utf8')) }),
      ),
    );
    const addErrors = added.flatMap((response) => response.errors);
    if (addErrors.length > 0) fail('reading the pages', addErrors);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) fail('writing the index', written.errors);
    // Every page read is added; the entry file says how many had a body to index.
    const indexed = indexedPages(join(outDir, 'pagefind/pagefind-entry.json'));
    if (indexed === 0) fail('indexing', ['No page has data-pagefind-body: nothing would be searchable.']);
    return { indexed, pages: pages.length };
  } finally {
    await pagefind.close();
  }
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
