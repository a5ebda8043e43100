/**
 * Quality gates over the build output that need no browser: every internal
 * link and anchor leads somewhere, every page carries the Content Security
 * Policy, no markup runs code inline, and public/_headers says the same.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cspDirectives } from '../../src/security/csp.ts';
import type { BuildResult } from '../helpers/astro-build.ts';
import { projectRoot } from '../helpers/content-tree.ts';
import { checkSiteLinks } from '../helpers/link-check.ts';
import { builtSampleSite } from '../helpers/sample-site.ts';
import { readHeadersFile } from '../../tools/static-server.ts';

type Node = DefaultTreeAdapterMap['node'];
const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)],
  );
const siteUrl = (parse(readFileSync(join(projectRoot, 'content/site.yaml'), 'utf8')) as { url: string }).url;

/** Every element of an HTML document, depth first. */
function* elements(node: Node): Generator<DefaultTreeAdapterMap['element']> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content as Node);
}

describe('the built site', () => {
  let build: BuildResult;
  // The run's one build of the sample content (test/setup/sample-site.ts), read and never changed here.
  beforeAll(async () => {
    build = await builtSampleSite();
  });

  it('has no broken internal link or anchor, and lists its external links', async () => {
    const report = await checkSiteLinks(build.outDir, siteUrl);
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(50);
    console.info(
      `Links: ${report.checked} internal checked; ${report.external.length} external, not fetched:\n  ` +
        (report.external.join('\n  ') || '(none)'),
    );
    for (const url of report.external) expect(url.startsWith(siteUrl)).toBe(false);
  });

  it('finds a broken link and a broken anchor when there are some', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'plainsight-links-'));
    try {
      cpSync(build.outDir, copy, { recursive: true });
      const home = join(copy, 'index.html');
      writeFileSync(
        home,
        readFileSync(home, 'utf8')
          .replace('<a href="/pricing/fees/">', '<a href="/pricing/feez/">')
          .replace('<a href="/policies/changes/">', '<a href="/policies/changes/#nowhere">'),
      );
      // A text fragment's page and the element id before it are checked too (see link-check.ts).
      const transparency = join(copy, 'transparency/index.html');
      const html = readFileSync(transparency, 'utf8');
      const fragment = /href="\/pricing\/fees\/#([a-z0-9-]+):~:text=([^"]*)"/.exec(html);
      expect(fragment).not.toBeNull();
      writeFileSync(
        transparency,
        html
          .replace(`#${fragment?.[1]}:~:text=`, '#nowhere:~:text=')
          .replace(/href="\/papers\/([a-z0-9-]+)\/#:~:text=/, 'href="/papers/$1-gone/#:~:text='),
      );
      const report = await checkSiteLinks(copy, siteUrl);
      expect(report.broken.map((link) => link.url.replace(copy, '').replace(/:~:text=.*/, ':~:text=…')).sort()).toEqual(
        [
          expect.stringMatching(/^\/papers\/[a-z0-9-]+-gone\/$/),
          expect.stringMatching(/^\/papers\/[a-z0-9-]+-gone\/#:~:text=…$/),
          '/policies/changes/#nowhere',
          '/pricing/fees/#nowhere:~:text=…',
          '/pricing/feez/',
        ],
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('gives every page the Content Security Policy, and runs no code from markup', () => {
    const pages = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    for (const file of pages) {
      const where = relative(build.outDir, file);
      const document = parseHtml(readFileSync(file, 'utf8'));
      const all = [...elements(document as unknown as Node)];
      const meta = all.find(
        (el) =>
          el.tagName === 'meta' &&
          el.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'),
      );
      const policy = meta?.attrs.find((a) => a.name === 'content')?.value ?? '';
      for (const directive of cspDirectives) expect(policy, where).toContain(`${directive};`);
      expect(policy, where).not.toMatch(/'unsafe-(inline|eval)'/);
      for (const el of all) {
        for (const attribute of el.attrs) {
          expect(/^on/i.test(attribute.name), `${where}: <${el.tagName} ${attribute.name}>`).toBe(false);
          if (['href', 'src', 'action', 'formaction'].includes(attribute.name))
            expect(attribute.value, `${where}: ${attribute.name}`).not.toMatch(/^\s*(javascript|data|vbscript):/i);
        }
        if (el.tagName === 'script') {
          const type = el.attrs.find((a) => a.name === 'type')?.value;
          const src = el.attrs.find((a) => a.name === 'src')?.value;
          // Executable scripts come from the site's own files; inline ones are data only (JSON-LD).
          if (type !== 'application/ld+json')
            expect(src, `${where}: an inline script`).toMatch(/^\/(_astro|pagefind)\//);
        }
        expect(el.tagName === 'style' || el.attrs.some((a) => a.name === 'style'), `${where}: inline style`).toBe(
          false,
        );
      }
    }
  });

  it('ships public/_headers with the same policy as the pages, and strict security headers', () => {
    const headers = readHeadersFile(build.outDir);
    const csp = headers['Content-Security-Policy'] ?? '';
    for (const directive of cspDirectives) expect(csp).toContain(`${directive};`);
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/'unsafe-(inline|eval)'|\*/);
    // Pages say the same: their script-src allows the site's files and WebAssembly, nothing else.
    const page = readFileSync(join(build.outDir, 'search/index.html'), 'utf8');
    expect(
      /script-src ([^;]*);/
        .exec(page)?.[1]
        ?.split(' ')
        .filter((source) => !source.startsWith("'sha"))
        .join(' '),
    ).toBe("'self' 'wasm-unsafe-eval'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
  });
});
