import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { astroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { ContentTree, projectRoot } from '../helpers/content-tree.ts';

const content = join(projectRoot, 'content');
const stems = (dir: string, pattern: RegExp) =>
  readdirSync(join(content, dir)).filter((name) => pattern.test(name)).map((name) => name.replace(pattern, ''));
const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)]));

describe('a real astro build of the sample content', () => {
  let build: BuildResult;
  const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');

  beforeAll(() => {
    build = astroBuild();
  });
  afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

  it('succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('gives every plan its page, headed by its all-in price', () => {
    const plans = stems('pricing/plans', /\.yaml$/);
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const data = parse(readFileSync(join(content, 'pricing/plans', `${plan}.yaml`), 'utf8')) as { name: string };
      expect(page(`pricing/${plan}`), plan).toContain(`<h1>${data.name}</h1>`);
    }
    // Fiber 300 and Home Phone: $55.00 plus the mandatory $1.50 911 charge.
    expect(page('pricing/fiber-300-phone')).toMatch(/<p class="price">\$56\.50/);
  });

  it('lists every fee on the fees page, each at its own anchor', () => {
    const fees = parse(readFileSync(join(content, 'pricing/fees.yaml'), 'utf8')) as Array<{ id: string; name: string }>;
    const html = page('pricing/fees');
    for (const fee of fees) expect(html, fee.id).toContain(`id="${fee.id}"`);
  });

  it('gives every policy a current page and every version a permanent page', () => {
    const policies = readdirSync(join(content, 'policies'));
    expect(policies.length).toBeGreaterThanOrEqual(7);
    for (const policy of policies) {
      expect(existsSync(join(build.outDir, 'policies', policy, 'index.html')), policy).toBe(true);
      for (const version of stems(`policies/${policy}`, /\.mdx?$/)) {
        expect(page(`policies/${policy}/${version}`), `${policy}/${version}`).toContain('The short version');
      }
    }
  });

  it('announces an upcoming policy change on the current version', () => {
    // The refunds policy has a version published on 10 November that takes effect on 15 December 2026.
    expect(page('policies/refunds')).toContain('This policy changes on December 15, 2026.');
    expect(page('policies/refunds/2026-12-15')).toContain('What changed and why');
  });

  it('gives every incident and maintenance its page', () => {
    for (const id of stems('status/incidents', /\.mdx?$/)) expect(page(`status/incidents/${id}`), id).toContain('<h2 id="updates">');
    for (const id of stems('status/maintenance', /\.mdx?$/)) expect(page(`status/maintenance/${id}`), id).toContain('<h2 id="updates">');
  });

  it('shows every component on the status page with a status in words', () => {
    const file = parse(readFileSync(join(content, 'status/components.yaml'), 'utf8')) as { groups: Array<{ components: Array<{ id: string }> }> };
    const html = page('status');
    for (const component of file.groups.flatMap((group) => group.components)) {
      expect(html, component.id).toMatch(new RegExp(`<tr id="${component.id}"[^]*?class="status status-[a-z_]+">[A-Z][a-z ]+</span>`));
    }
    expect(html).toContain('All systems operational');
  });

  it('gives every paper its page with its authors', () => {
    const authors = new Map((parse(readFileSync(join(content, 'authors.yaml'), 'utf8')) as Array<{ id: string; name: string }>).map((a) => [a.id, a.name]));
    for (const slug of stems('papers', /\.mdx?$/)) {
      const front = readFileSync(join(content, 'papers', `${slug}.mdx`), 'utf8').split('---')[1] ?? '';
      const data = parse(front) as { authors: string[] };
      const html = page(`papers/${slug}`);
      for (const id of data.authors) expect(html, `${slug} by ${id}`).toContain(authors.get(id));
    }
  });

  it('builds a 404 page and the index pages', () => {
    expect(existsSync(join(build.outDir, '404.html'))).toBe(true);
    for (const path of ['', 'pricing', 'policies', 'policies/changes', 'status', 'status/history', 'papers']) {
      expect(existsSync(join(build.outDir, path, 'index.html')), path).toBe(true);
    }
  });

  it('ships no client-side JavaScript and loads nothing from another host', () => {
    const files = listFiles(build.outDir).map((file) => relative(build.outDir, file));
    expect(files.filter((file) => file.endsWith('.js') || file.endsWith('.mjs'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(build.outDir, file), 'utf8');
      expect(html, file).not.toMatch(/<script\b/i);
      // Anything the browser fetches by itself: a src attribute, or a <link> other than canonical or alternate.
      const fetched = [
        ...[...html.matchAll(/\ssrc="([^"]*)"/gi)].map((m) => m[1]),
        ...[...html.matchAll(/<link\b[^>]*>/gi)]
          .filter((m) => !/rel="(canonical|alternate)"/i.test(m[0]))
          .map((m) => /href="([^"]*)"/i.exec(m[0])?.[1]),
      ];
      expect(fetched.filter((url) => url !== undefined && /^(https?:)?\/\//i.test(url)), file).toEqual([]);
    }
  });

  it('marks up every page with a language, a skip link and one main landmark', () => {
    const files = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toMatch(/<html lang="en-US"/);
      expect(html, file).toContain('href="#main"');
      expect(html.match(/<main\b/g)?.length, file).toBe(1);
      expect(html.match(/<h1\b/g)?.length, file).toBe(1);
    }
  });
});

describe('a build with broken content', () => {
  let tree: ContentTree;
  afterAll(() => tree.dispose());

  it('fails, naming the file, line and field of an unknown reference', () => {
    tree = new ContentTree();
    tree.replace('pricing/plans/fiber-300.yaml', 'mandatory: [installation]', 'mandatory: [instalation]');
    const build = astroBuild({ contentDir: tree.dir });
    rmSync(build.outDir, { recursive: true, force: true });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/pricing\/plans\/fiber-300\.yaml\n +7:\d+ +error +fees\.mandatory\[0\]: There is no fee with id "instalation"/);
  });
});

describe('a build with a gotcha clause in a policy', () => {
  let tree: ContentTree;
  afterAll(() => tree.dispose());

  it('fails, naming the file, line and rule', () => {
    tree = new ContentTree();
    tree.replace(
      'policies/cancellation/2025-03-01.mdx',
      'Service ends at the end of the day you choose.',
      'Service ends at the end of the day you choose. We may refuse a cancellation at our sole discretion.',
    );
    const build = astroBuild({ contentDir: tree.dir });
    rmSync(build.outDir, { recursive: true, force: true });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/policies\/cancellation\/2025-03-01\.mdx\n(?:.*\n)*? +27:\d+ +error +Say when and why, not "sole discretion"\. +gotcha\/sole-discretion/);
  });
});

describe('the /transparency/ page', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = astroBuild();
  });
  afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

  it('documents every rule at its anchor and lists every suppression with its reason', async () => {
    const { allRules } = await import('../../src/check/rules/index.ts');
    const html = readFileSync(join(build.outDir, 'transparency/index.html'), 'utf8');
    for (const rule of allRules) expect(html, rule.meta.id).toContain(`id="rule-${rule.meta.id.replace('/', '-')}"`);
    expect(html).toContain('Other providers&#39; fees in 2019, quoted to compare');
    expect(html).toMatch(/papers\/why-no-early-termination-fee\.mdx, line \d+/);
  });
});
