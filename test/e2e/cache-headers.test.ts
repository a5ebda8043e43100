/**
 * How long browsers and CDNs may keep each file of the sample build, read
 * as a visitor gets it: through tools/static-server.ts, which sends the
 * site's `_headers`. The status must be live in seconds; hashed files kept
 * for a year; and no path may get two lifetimes from two rules, which the
 * hosts would join or drop in different ways.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headersFor, readHeadersRules } from '../../tools/static-server.ts';
import { builtSampleSite, type SampleSite } from '../helpers/sample-site.ts';

let site: SampleSite;
beforeAll(async () => {
  site = await builtSampleSite();
});

/** Every file of the build as the path a browser asks for: a folder's index.html as the folder. */
function builtPaths(outDir: string): string[] {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return files.map((entry) => {
    const path = `/${relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
    return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  });
}

/** The first built file under a folder whose name matches. */
function firstFile(folder: string, name: RegExp): string {
  const found = readdirSync(join(site.outDir, folder)).find((file) => name.test(file));
  if (found === undefined) throw new Error(`The build has no file matching ${name} in ${folder}.`);
  return `/${folder}/${found}`;
}

/** The Cache-Control the static server sends for a path, which must be found. */
async function cacheControl(path: string): Promise<string> {
  const response = await fetch(`${site.url}${path}`);
  expect(response.status, path).toBe(200);
  return response.headers.get('cache-control') ?? '';
}

/** The number of seconds a directive allows, or undefined when it is absent. */
const seconds = (header: string, directive: string) => {
  const value = new RegExp(`(?:^|,)\\s*${directive}=(\\d+)`).exec(header)?.[1];
  return value === undefined ? undefined : Number(value);
};

describe('cache lifetimes in _headers', () => {
  it('keeps every copy of the status under a minute old, plus at most 30 s while it is fetched again', async () => {
    const badge = firstFile('status/badges', /\.svg$/);
    for (const path of [
      '/',
      '/status/',
      '/status/history/',
      '/api/v2/summary.json',
      '/api/v2/incidents/unresolved.json',
      '/status/feed.xml',
      '/status/feed.json',
      '/status/maintenance.ics',
      '/status/badge.svg',
      badge,
    ]) {
      const header = await cacheControl(path);
      expect(header, path).toMatch(/^public,/);
      expect(seconds(header, 'max-age'), path).toBeLessThanOrEqual(60);
      expect(seconds(header, 's-maxage'), path).toBeLessThanOrEqual(60);
      expect(seconds(header, 'stale-while-revalidate') ?? 0, path).toBeLessThanOrEqual(30);
      expect(header, path).not.toContain('immutable');
    }
  });

  it('keeps hashed files a year, unchecked: Astro bundles and Pagefind fragments, indexes and filters', async () => {
    const paths = [
      firstFile('_astro', /\.css$/),
      firstFile('_astro', /\.js$/),
      firstFile('pagefind/fragment', /\.pf_fragment$/),
      firstFile('pagefind/index', /\.pf_index$/),
      firstFile('pagefind/filter', /\.pf_filter$/),
    ];
    for (const path of paths) expect(await cacheControl(path), path).toBe('public, max-age=31536000, immutable');
  });

  it('names every file it keeps for a year by a hash of its content', () => {
    const immutable = builtPaths(site.outDir).filter((path) =>
      /^\/(_astro|pagefind\/(fragment|index|filter))\//.test(path),
    );
    expect(immutable.length).toBeGreaterThan(40);
    // Astro: name.<8 characters>[_<variant>].ext; Pagefind: <language>_<7 or more hex digits>.pf_<kind>.
    for (const path of immutable) expect(path).toMatch(/(\.[\w-]{8,}\.\w+|_[0-9a-f]{7,}\.pf_\w+)$/);
  });

  it("checks Pagefind's files that are not named by their content, and the live index's, on every use", async () => {
    const live = '/pagefind-live/live.json';
    for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', live])
      expect(await cacheControl(path), path).toBe('public, no-cache');
  });

  it('gives other pages five minutes', async () => {
    for (const path of ['/pricing/', '/policies/', '/papers/', '/search/', '/api/pricing.json'])
      expect(await cacheControl(path), path).toBe('public, max-age=300');
  });

  it('gives every built file exactly one lifetime, from one rule', () => {
    const rules = readHeadersRules(site.outDir).filter((rule) => rule.headers['Cache-Control'] !== undefined);
    // 404.html answers paths that do not exist: those get the host's own default.
    const paths = builtPaths(site.outDir).filter((path) => path !== '/_headers' && path !== '/404.html');
    expect(paths.length).toBeGreaterThan(100);
    const unmatched = paths.filter((path) => headersFor(rules, path)['Cache-Control'] === undefined);
    expect(unmatched, 'add a rule with a Cache-Control to public/_headers for these').toEqual([]);
    const twice = paths.filter(
      (path) => rules.filter((rule) => headersFor([rule], path)['Cache-Control'] !== undefined).length > 1,
    );
    expect(twice, 'these match two rules with a Cache-Control: the hosts would join or drop them').toEqual([]);
  });
});
