/**
 * Indexes the built site with Pagefind's Node API once Astro has written it
 * (`astro:build:done`, as Starlight does), into `<outDir>/pagefind/`.
 * Pagefind reports problems as `errors` on every response rather than
 * throwing; each one is checked, and any error, or an index with no page,
 * fails the build: a site whose search silently finds nothing is broken.
 *
 * What is indexed is decided in the pages: only `<main data-pagefind-body>`
 * of the pages that set a search type (see Base.astro).
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

export function searchIndex(): AstroIntegration {
  return {
    name: 'plainsight:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          if (created.errors.length > 0 || created.index === undefined) fail('creating the index', created.errors);
          const added = await created.index.addDirectory({ path: outDir });
          if (added.errors.length > 0) fail('reading the pages', added.errors);
          const written = await created.index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) fail('writing the index', written.errors);
          // addDirectory counts every page it read; the entry file says how many it indexed.
          const indexed = indexedPages(join(outDir, 'pagefind/pagefind-entry.json'));
          if (indexed === 0) fail('indexing', ['No page has data-pagefind-body: nothing would be searchable.']);
          logger.info(
            `Indexed ${indexed} of ${added.page_count} pages for search in ` +
              `${Math.round(performance.now() - started)} ms.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
