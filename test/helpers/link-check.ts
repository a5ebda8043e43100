/**
 * Every link and anchor of a built site, checked without the network:
 * linkinator crawls the output folder on a local server and checks each
 * internal page and #fragment; links to the site's own address (canonical
 * URLs, feed ids) are checked against the output folder; everything else is
 * external, never fetched, and listed.
 */
import { existsSync } from 'node:fs';
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

export async function checkSiteLinks(outDir: string, siteUrl: string): Promise<LinkReport> {
  const site = siteUrl.replace(/\/$/, '');
  const result = await new LinkChecker().check({
    path: outDir,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => ({ url: link.url, status: link.status, parent: link.parent }));
  const skipped = [...new Set(result.links.filter((link) => link.state === 'SKIPPED').map((link) => link.url))].filter(
    (url) => /^https?:\/\//.test(url),
  );
  // The site's own absolute addresses must name a page of the build.
  for (const url of skipped.filter((u) => u === site || u.startsWith(`${site}/`))) {
    const path = new URL(url).pathname;
    const file = path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
    if (!existsSync(file)) broken.push({ url, status: 404, parent: undefined });
  }
  return {
    broken,
    external: skipped.filter((u) => !(u === site || u.startsWith(`${site}/`))).sort(),
    checked: result.links.filter((link) => link.state !== 'SKIPPED').length,
  };
}
