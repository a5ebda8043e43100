/**
 * /transparency/ and the rule reference in the run's one build of the sample
 * content: the customer page says what the check promises, with contents and
 * no engineering material; every rule has its anchor on the reference, where
 * diagnostics point, and keeps its old one on the customer page; and every
 * exception quotes the sentence it allows and links to it, on a page of the
 * build that shows that sentence where the link's fragment says.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allRuleMetas } from '../../src/rules/index.ts';
import { ruleUrl } from '../../src/rules/rule.ts';
import type { BuildResult } from '../helpers/astro-build.ts';
import { projectRoot } from '../helpers/content-tree.ts';
import { builtSampleSite } from '../helpers/sample-site.ts';

const content = join(projectRoot, 'content');
const site = parse(readFileSync(join(content, 'site.yaml'), 'utf8')) as { policyNoticeDays: number };
const fees = parse(readFileSync(join(content, 'pricing/fees.yaml'), 'utf8')) as unknown[];
const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)],
  );
/** Every suppression comment written in the content, counted from the files themselves. */
const writtenExceptions = listFiles(content).flatMap((file) =>
  /\.(ya?ml|mdx?)$/.test(file) ? [...readFileSync(file, 'utf8').matchAll(/plainsight-disable-next-line /g)] : [],
).length;

/** Text as a reader sees it: whitespace collapsed, curly quotes as straight ones (the source's). */
const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

describe('the /transparency/ pages', () => {
  let build: BuildResult;
  const documentOf = (path: string) =>
    new JSDOM(readFileSync(join(build.outDir, path, 'index.html'), 'utf8')).window.document;
  let customer: Document;
  let reference: Document;

  beforeAll(async () => {
    build = await builtSampleSite();
    customer = documentOf('transparency');
    reference = documentOf('transparency/rules');
  });

  it('open, for customers, with contents and the promises the check keeps, numbers from the data', () => {
    const headings = [...customer.querySelectorAll('article h2')].filter((h) => h.id !== 'toc-heading');
    const contents = [...customer.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href'));
    expect(contents).toEqual(headings.map((h) => `#${h.id}`));
    const titles = headings.map((h) => plain(h.textContent));
    expect(titles).toEqual(
      expect.arrayContaining([
        'Every price you see is the price you pay',
        "No fee we don't list",
        `No change to your terms without ${site.policyNoticeDays} days' notice`,
        'You can cancel the way you signed up',
        'No clause that takes away your rights',
        'Exceptions in force',
      ]),
    );
    const text = plain(customer.querySelector('main')?.textContent);
    expect(text).toContain(`at least ${site.policyNoticeDays} days before it takes effect`);
    expect(text).toContain(`${fees.length} fees on our fee list`);
    expect(text).toContain(`The check applies ${allRuleMetas.length} rules`);
    expect(customer.querySelector('a[href="/transparency/rules/"]')).not.toBeNull();
  });

  it('keep engineering material off the customer page: no commands, patterns or suppression syntax', () => {
    const text = plain(customer.querySelector('main')?.textContent);
    for (const engineering of ['npm ', 'plainsight-disable', 'The wording it looks for', '--format'])
      expect(text).not.toContain(engineering);
    expect(customer.querySelector('main details, main pre')).toBeNull();
    const rules = plain(reference.querySelector('main')?.textContent);
    for (const engineering of ['npm run', 'plainsight-disable-next-line', 'The wording it looks for'])
      expect(rules).toContain(engineering);
  });

  it('document every rule at its anchor on the reference, where diagnostics point', () => {
    for (const meta of allRuleMetas) {
      const anchor = `rule-${meta.id.replace('/', '-')}`;
      expect(ruleUrl(meta.id)).toBe(`/transparency/rules/#${anchor}`);
      const section = reference.getElementById(anchor);
      expect(section, meta.id).not.toBeNull();
      expect(plain(section?.textContent)).toContain(plain(meta.description));
      expect(plain(section?.textContent)).toContain(plain(meta.source));
    }
    // Every rule is under the heading of its family, with the family's own anchor.
    for (const meta of allRuleMetas)
      expect(
        reference
          .getElementById(`family-${meta.family}`)
          ?.closest('section')
          ?.querySelector(`#rule-${meta.id.replace('/', '-')}`),
      ).not.toBeNull();
  });

  it("keep each rule's old anchor on the customer page, under its promise, leading to the reference", () => {
    for (const meta of allRuleMetas) {
      const anchor = `rule-${meta.id.replace('/', '-')}`;
      const old = customer.getElementById(anchor);
      expect(old?.closest('section.promise')?.querySelector('h2'), meta.id).not.toBeNull();
      expect(old?.querySelector('a')?.getAttribute('href')).toBe(`/transparency/rules/#${anchor}`);
    }
    expect(customer.getElementById('exceptions')).not.toBeNull();
    expect(customer.getElementById('rules')).not.toBeNull();
  });

  it('list every exception with its reason, quoting each sentence it allows, linked on its page', () => {
    const exceptions = [...customer.querySelectorAll('#exceptions ~ .exceptions > li')];
    expect(writtenExceptions).toBeGreaterThan(0);
    expect(exceptions).toHaveLength(writtenExceptions);
    expect(plain(customer.querySelector('.exceptions')?.textContent)).toContain(
      "Other providers' fees in 2019, quoted to compare",
    );
    for (const exception of exceptions) {
      const quotes = [...exception.querySelectorAll('figure')];
      expect(quotes.length, plain(exception.textContent)).toBeGreaterThan(0);
      for (const figure of quotes) {
        const quoted = plain(figure.querySelector('blockquote')?.textContent);
        const href = figure.querySelector('figcaption a')?.getAttribute('href') ?? '';
        expect(href).toMatch(/^\/[^#]*\/#[a-z0-9-]*:~:text=/);
        const shown = blockAt(href);
        expect(shown, href).toBeDefined();
        // Every part of the quotation is in that block, in order ("…" stands for what a component shows).
        let from = 0;
        for (const part of quoted.split(' … ')) {
          const at = shown?.indexOf(part, from) ?? -1;
          expect(at, `"${part}" at ${href}`).toBeGreaterThanOrEqual(0);
          from = at + part.length;
        }
      }
    }
  });

  /**
   * The text of the block a link's fragment leads to, as a browser finds it:
   * inside the element with the id before `:~:` (the whole page when there is
   * none), the block whose text holds the directive's start and, after it,
   * its end; undefined when there is none. The page must be in the build.
   */
  function blockAt(href: string): string | undefined {
    const url = new URL(href, 'https://example.test');
    const [id = '', directive = ''] = url.hash.slice(1).split(':~:');
    const [start = '', end] = directive
      .replace(/^text=/, '')
      .split(',')
      .map((term) => plain(decodeURIComponent(term)));
    const page = documentOf(url.pathname.slice(1));
    const scope = id === '' ? page.body : page.getElementById(decodeURIComponent(id));
    expect(scope, `#${id} on ${url.pathname}`).not.toBeNull();
    for (const block of scope?.querySelectorAll('p, dd, li, td, blockquote') ?? []) {
      const text = plain(block.textContent);
      const at = text.indexOf(start);
      if (at >= 0 && (end === undefined || text.indexOf(end, at + start.length) >= 0)) return text;
    }
    return undefined;
  }
});
