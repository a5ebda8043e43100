/**
 * Every link and anchor of a built site, checked without the network:
 * linkinator crawls the output folder on a local server and checks each
 * internal page and #fragment; links to the site's own address (canonical
 * URLs, feed ids) are checked against the output folder; everything else is
 * external, never fetched, and listed.
 *
 * A text fragment (`#id:~:text=…`, as /transparency/ links each exception
 * to its sentence) names words, not an element: linkinator would look for an
 * element called `id:~:text=…`. Its page and the id before the directive are
 * checked here; its words by test/e2e/transparency.test.ts, and in Chromium
 * by test/browser/transparency.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';

export interface LinkReport {
  /** Internal links that lead nowhere: the link, what it answered, and the page it is on. */
  broken: Array<{ url: string; status: number | undefined; parent: string | undefined }>;
  /** External http(s) links, unchecked, sorted and deduplicated. */
  external: string[];
  /** How many distinct internal links were checked. */
  checked: number;
}

/** What starts a text directive in a URL's fragment. */
const textDirective = ':~:';
const isLocal = (url: string) => /^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url);

export async function checkSiteLinks(outDir: string, siteUrl: string): Promise<LinkReport> {
  const site = siteUrl.replace(/\/$/, '');
  const result = await new LinkChecker().check({
    path: outDir,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    linksToSkip: async (link) => !isLocal(link),
    fragmentsToSkip: async (fragment) => fragment.includes(textDirective),
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => ({ url: link.url, status: link.status, parent: link.parent }));
  // linkinator names a page of the folder by its path there: `<outDir>/pricing/fees/#id:~:text=…`.
  const directives = result.links.filter(
    (link) => link.state === 'SKIPPED' && link.url.startsWith(outDir) && link.url.includes(textDirective),
  );
  for (const link of directives) {
    const [path = '', fragment = ''] = link.url.split('#');
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    const id = decodeURIComponent(fragment.split(textDirective)[0] ?? '');
    if (!existsSync(file) || (id !== '' && !readFileSync(file, 'utf8').includes(` id="${id}"`)))
      broken.push({ url: link.url, status: 404, parent: link.parent });
  }
  const skipped = [
    ...new Set(
      result.links.filter((link) => link.state === 'SKIPPED' && !directives.includes(link)).map((link) => link.url),
    ),
  ].filter((url) => /^https?:\/\//.test(url));
  // The site's own absolute addresses must name a page of the build.
  for (const url of skipped.filter((u) => u === site || u.startsWith(`${site}/`))) {
    const path = new URL(url).pathname;
    const file = path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
    if (!existsSync(file)) broken.push({ url, status: 404, parent: undefined });
  }
  return {
    broken,
    external: skipped.filter((u) => !(u === site || u.startsWith(`${site}/`))).sort(),
    checked: result.links.filter((link) => link.state !== 'SKIPPED').length + directives.length,
  };
}
