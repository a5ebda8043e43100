import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { astroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { ContentTree, projectRoot } from '../helpers/content-tree.ts';
import { joinedRegExp } from '../helpers/regexp.ts';
import { sampleSite } from '../helpers/sample-site.ts';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { readingLevel } from '../../src/domain/text/reading-level.ts';
import { PricingApiSchema, type PricingApi } from '../../src/schemas/pricing-api.ts';
import { ComponentsDocumentSchema, statuspageDocuments } from '../../src/schemas/statuspage-v2.ts';
import { splitFrontMatter } from '../../src/reader/front-matter.ts';

const content = join(projectRoot, 'content');
const stems = (dir: string, pattern: RegExp) =>
  readdirSync(join(content, dir))
    .filter((name) => pattern.test(name))
    .map((name) => name.replace(pattern, ''));
const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)],
  );

describe('a real astro build of the sample content', () => {
  let build: BuildResult;
  const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');

  // The run's one build of the sample content (test/setup/sample-site.ts).
  beforeAll(async () => {
    build = await sampleSite();
  });

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
    expect(page('pricing/fiber-300-phone')).toMatch(/<p class="price"><span data-price="all-in">\$56\.50</);
  });

  it('shows each plan the same all-in price on /pricing/, on its label, in its JSON-LD and /api/pricing.json', () => {
    const api = JSON.parse(readFileSync(join(build.outDir, 'api/pricing.json'), 'utf8')) as PricingApi;
    expect(PricingApiSchema.safeParse(api).success).toBe(true);
    const headlines = (html: string) => [...html.matchAll(/data-price="all-in">([^<]+)</g)].map((m) => m[1]);
    // /pricing/ shows each plan twice, in its card and in the comparison table, in the same order as the API.
    const index = headlines(page('pricing'));
    const displays = api.plans.map((plan) => plan.allInPrice.display);
    expect(index).toEqual([...displays, ...displays]);
    for (const plan of api.plans) {
      const html = page(`pricing/${plan.id}`);
      // The page's headline and the label's first row.
      expect(headlines(html), plan.id).toEqual([plan.allInPrice.display, plan.allInPrice.display]);
      const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? 'null') as {
        offers: { price: string; priceCurrency: string };
        sku: string;
      };
      expect(ld.offers.price, plan.id).toBe(plan.allInPrice.decimal);
      expect(ld.offers.priceCurrency).toBe(api.currency);
      expect(html, plan.id).toContain(`<code>${ld.sku}</code>`);
      expect(ld.sku).toBe(plan.identifier);
    }
    // Hand-computed: $55.00 + $1.50 (911) = $56.50; 12 months = 12 × $56.50 + $75 installation = $753.00.
    const phone = api.plans.find((plan) => plan.id === 'fiber-300-phone');
    expect(phone?.allInPrice.decimal).toBe('56.50');
    expect(phone?.totalCost['12'].decimal).toBe('753.00');
  });

  it('gives every plan a pricing facts label with the same fields in the same order', () => {
    const fields = [
      'Price a month, all-in',
      'Introductory price',
      'Contract',
      'Early-termination fee',
      'One-time fees when you join',
      'Monthly fees included in the price above',
      'Optional add-ons, only if you choose them',
      'Fees only if something happens',
      'Speeds and data, typical at the busiest time of day',
      'Typical download speed',
      'Typical upload speed',
      'Typical latency',
      'Data included',
      'Government taxes',
      'What is included',
      'How to cancel',
      'Policies',
      'Customer support',
      'Unique plan identifier',
    ];
    for (const plan of stems('pricing/plans', /\.yaml$/)) {
      const label = /<section class="facts-label"[^]*?<\/section>/.exec(page(`pricing/${plan}`))?.[0] ?? '';
      const headers = [...label.matchAll(/<th scope="(?:row|rowgroup)"[^>]*>(?:<a [^>]*>)?([^<]+)</g)].map((m) => m[1]);
      expect(
        headers.filter((header) => fields.includes(header ?? '')),
        plan,
      ).toEqual(fields);
      // Every fee on the label links to its explanation.
      expect(label, plan).toContain('href="/pricing/fees/#installation"');
      // The broadband facts come from the plan's data, the support contact from site.yaml; dates read as dates.
      const data = parse(readFileSync(join(content, 'pricing/plans', `${plan}.yaml`), 'utf8')) as {
        broadband: { typicalDownloadMbps: number; typicalLatencyMs: number };
      };
      const down = data.broadband.typicalDownloadMbps;
      const speed = down >= 1000 ? `${Math.round(down / 100) / 10} Gbps` : `${down} Mbps`;
      expect(label, plan).toMatch(new RegExp(`Typical download speed</th>\\s*<td class="num">${speed}</td>`));
      expect(label, plan).toContain(`${data.broadband.typicalLatencyMs} ms`);
      expect(label, plan).toContain('href="tel:+15550100"');
      expect(label, plan).toMatch(/prices in effect from <time datetime="\d{4}-\d\d-\d\d">[A-Z][a-z]+ \d{1,2}, \d{4}</);
    }
    const ridge = page('pricing/fiber-300-ridge-road');
    expect(ridge).toMatch(
      joinedRegExp([
        /Early-termination fee<\/th>\s*<td><a href="\/pricing\/fees\/#ridge-road-early-termination">/,
        /\$180\.00<\/a> at most, going down every month/,
      ]),
    );
  });

  it('states the cost over 12 and 24 months, and ships the calculator hidden until its script runs', () => {
    const html = page('pricing/fiber-1000');
    // 6 × $55 + 6 × $70 + $75 = $825; + 12 × $70 = $1,665.
    expect(html).toContain('<strong data-total-months="12">$825.00</strong>');
    expect(html).toContain('<strong data-total-months="24">$1,665.00</strong>');
    expect(html).toMatch(/<form class="calculator" data-cost-calculator="[^"]*" hidden>/);
  });

  it('renders <Price>, <Fee> and <TotalCost> in papers and policies from the data', () => {
    const prices = page('papers/how-we-set-our-prices');
    expect(prices).toContain('<data class="amount" value="45.00">$45</data>');
    expect(prices).toContain('<data class="amount" value="55.00">$55</data>');
    expect(prices).toContain('<data class="amount" value="825.00">$825</data>');
    expect(page('papers/why-no-early-termination-fee')).toContain('<data class="amount" value="180.00">$180</data>');
    expect(page('policies/billing-and-late-payments')).toContain('<data class="amount" value="5.00">$5</data>');
  });

  it('lists on the fees page which plans each fee applies to', () => {
    const html = page('pricing/fees');
    const section = /<section id="ridge-road-early-termination"[^]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toContain('It can apply on <a href="/pricing/fiber-300-ridge-road/">Fiber 300, Ridge Road</a>');
    expect(section).not.toContain('href="/pricing/fiber-1000/"');
  });

  it('opens the fees page with a summary table, then groups the fees by kind, sorted by name', () => {
    const html = page('pricing/fees');
    const fees = parse(readFileSync(join(content, 'pricing/fees.yaml'), 'utf8')) as Array<{
      id: string;
      name: string;
      kind: string;
    }>;
    const summary = /<table class="fee-summary">[^]*?<\/table>/.exec(html)?.[0] ?? '';
    expect([...summary.matchAll(/<a href="#([a-z0-9-]+)">/g)].map((m) => m[1]).sort()).toEqual(
      fees.map((fee) => fee.id).sort(),
    );
    expect(html.indexOf('class="fee-summary"')).toBeLessThan(html.indexOf('id="group-'));
    for (const kind of ['recurring', 'one-time', 'conditional']) {
      const group =
        new RegExp(`<section aria-labelledby="group-${kind}">([^]*?)(?=<section aria-labelledby="group-|</main>)`).exec(
          html,
        )?.[1] ?? '';
      const shown = [...group.matchAll(/<section id="([a-z0-9-]+)"/g)].map((m) => m[1]);
      const expected = fees
        .filter((fee) => fee.kind === kind)
        .sort((a, b) => a.name.localeCompare(b.name, 'en-US'))
        .map((fee) => fee.id);
      expect(shown, kind).toEqual(expected);
    }
  });

  it('publishes the JSON Schema of the pricing API', () => {
    const schema = JSON.parse(readFileSync(join(build.outDir, 'api/pricing.schema.json'), 'utf8')) as {
      $id: string;
      properties: Record<string, { description?: string }>;
    };
    expect(schema.$id).toBe('https://harborfiber.example/api/pricing.schema.json');
    expect(Object.keys(schema.properties)).toEqual([
      'version',
      'generated',
      'company',
      'currency',
      'taxStatement',
      'effective',
      'plans',
      'fees',
    ]);
    expect(schema.properties['version']?.description).toContain('raises it');
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

  it('shows every correction of a published version on its page, and none where there is none', () => {
    // Text as Astro escapes it in HTML.
    const escapeHtml = (text: string) =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const policy of readdirSync(join(content, 'policies'))) {
      for (const version of stems(`policies/${policy}`, /\.mdx?$/)) {
        const source = readFileSync(join(content, 'policies', policy, `${version}.mdx`), 'utf8');
        const corrections =
          (parse(splitFrontMatter(source).yaml?.text ?? '') as { corrections?: Array<{ what: string }> }).corrections ??
          [];
        const html = page(`policies/${policy}/${version}`);
        expect(html.includes('id="corrections"'), `${policy}/${version}`).toBe(corrections.length > 0);
        for (const correction of corrections) expect(html).toContain(escapeHtml(correction.what));
      }
    }
    // The sample has one, with its day in words.
    expect(page('policies/terms-of-service/2025-03-01')).toMatch(
      /<time datetime="2026-11-20">November 20, 2026<\/time>/,
    );
  });

  it('announces an upcoming policy change on the current version, with a link to its diff', () => {
    // The refunds policy has a version published on 10 November that takes effect on 15 December 2026.
    const current = page('policies/refunds');
    expect(current).toContain('This policy changes on December 15, 2026.');
    expect(current).toContain('href="/policies/refunds/2026-12-15/#diff"');
    expect(page('policies/refunds/2026-12-15')).toContain('What changed and why');
    // A policy with no upcoming version has no notice.
    expect(page('policies/cancellation')).not.toContain('This policy changes on');
  });

  it('shows each later version a word-level diff against the one before, and the first version none', () => {
    const diff = page('policies/refunds/2026-12-15');
    const section = diff.slice(
      diff.indexOf('<section aria-labelledby="diff"'),
      diff.indexOf('</section>', diff.indexOf('aria-labelledby="diff"')),
    );
    // 2025-03-01 said "within 30 days" and "within 10 days"; 2026-12-15 says 60 and 5, and adds a late-refund sentence.
    expect(section).toMatch(/within <del>30<\/del><ins>60<\/ins> days/);
    expect(section).toMatch(/within <del>10<\/del><ins>5<\/ins> days/);
    expect(section).toContain('<ins>a refund takes longer, we add $10 to it. If </ins>');
    expect(section).toContain('Compared with the version of March 1, 2025');
    expect(page('policies/refunds/2025-03-01')).not.toContain('aria-labelledby="diff"');
    // Every version after the first has a diff section.
    for (const policy of readdirSync(join(content, 'policies'))) {
      const versions = stems(`policies/${policy}`, /\.mdx?$/).sort();
      versions
        .slice(1)
        .forEach((version) =>
          expect(page(`policies/${policy}/${version}`), `${policy}/${version}`).toContain('id="diff"'),
        );
    }
  });

  it("states each policy version's reading level, as the check computes it", () => {
    for (const policy of readdirSync(join(content, 'policies'))) {
      for (const version of stems(`policies/${policy}`, /\.mdx?$/)) {
        const source = readFileSync(join(content, 'policies', policy, `${version}.mdx`), 'utf8');
        const level = readingLevel(`${version}.mdx`, splitFrontMatter(source).body.text, 'policy');
        const shown = joinedRegExp([
          /Reading level:<\/strong> grade ([\d.]+) \(Flesch-Kincaid\) · /,
          /([\d,]+) words · about (\d+) minutes? to read/,
        ]).exec(page(`policies/${policy}/${version}`));
        expect(shown, `${policy}/${version}`).not.toBeNull();
        expect(Number(shown?.[1])).toBeCloseTo(level.grade, 1);
        expect(Number(shown?.[2]?.replace(',', ''))).toBe(level.words);
        expect(Number(shown?.[3])).toBe(level.minutes);
      }
    }
  });

  it('links every heading in a policy to itself', () => {
    const html = page('policies/terms-of-service');
    const headings = [
      ...html.matchAll(
        joinedRegExp(
          [
            /<div class="anchored-heading"><h2 id="([^"]+)">([^<]+)<\/h2>/,
            /<a class="heading-anchor" href="#([^"]+)" data-pagefind-ignore>/,
          ],
          'g',
        ),
      ),
    ];
    expect(headings.length).toBeGreaterThan(2);
    for (const [, id, , href] of headings) expect(href).toBe(id);
    // Every heading from the policy's text is anchored: none is left plain.
    const body = readFileSync(join(content, 'policies/terms-of-service/2026-09-01.mdx'), 'utf8');
    expect(headings.length).toBe(body.match(/^## /gm)?.length);
  });

  it('publishes every policy version in a valid Atom 1.0 feed, newest first', () => {
    const xml = readFileSync(join(build.outDir, 'policies/changes.xml'), 'utf8');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (name) => ['entry', 'link', 'author'].includes(name),
    }).parse(xml) as {
      feed: {
        '@xmlns': string;
        id: string;
        title: string;
        updated: string;
        author: Array<{ name: string }>;
        link: Array<{ '@rel'?: string; '@href': string }>;
        entry: Array<Record<string, unknown>>;
      };
    };
    const feed = parsed.feed;
    // RFC 4287: atom:feed has exactly one id, title and updated, an author (or every entry has one), and a self
    // link is recommended.
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://harborfiber.example/policies/changes.xml');
    expect(feed.title).toBe('Harbor Fiber policy changes');
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(feed.author[0]?.name).toBe('Harbor Fiber');
    expect(feed.link.find((link) => link['@rel'] === 'self')?.['@href']).toBe(
      'https://harborfiber.example/policies/changes.xml',
    );
    const versions = readdirSync(join(content, 'policies')).flatMap((policy) =>
      stems(`policies/${policy}`, /\.mdx?$/).map((v) => `https://harborfiber.example/policies/${policy}/${v}/`),
    );
    expect(feed.entry.map((entry) => entry['id']).sort()).toEqual(versions.sort());
    for (const entry of feed.entry) {
      // A text construct: its text, and a type of text or html (the library writes html in CDATA).
      const title = entry['title'] as { '#text': string; '@type': string };
      expect(title['#text'].length, String(entry['id'])).toBeGreaterThan(0);
      expect(['text', 'html']).toContain(title['@type']);
      expect(entry['updated']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect((entry['link'] as Array<{ '@href': string }>)[0]?.['@href']).toBe(entry['id']);
    }
    const updated = feed.entry.map((entry) => String(entry['updated']));
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed.updated).toBe(updated[0]);
    // The newest: the refunds change published on 10 November 2026.
    expect(feed.entry[0]?.['id']).toBe('https://harborfiber.example/policies/refunds/2026-12-15/');
    expect((feed.entry[0]?.['title'] as { '#text': string })['#text']).toBe('Refunds changes on December 15, 2026');
    // Announced to feed readers from every page, and linked from the home page.
    expect(page('')).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Harbor Fiber policy changes" ' +
        'href="/policies/changes.xml">',
    );
    expect(page('')).toContain('<a href="/policies/changes.xml">');
  });

  it('lists every glossary term at its anchor, and shows its definition where a policy uses it', () => {
    const glossary = parse(readFileSync(join(content, 'glossary.yaml'), 'utf8')) as Array<{
      id: string;
      term: string;
      definition: string;
    }>;
    const html = page('policies/glossary');
    for (const entry of glossary) {
      expect(html).toContain(`<dt id="${entry.id}"><dfn>${entry.term}</dfn></dt>`);
    }
    expect(html).toMatch(/Used in: <a href="\/policies\/service-credits\/">Service credits<\/a>/);
    const credits = page('policies/service-credits');
    const outage = glossary.find((entry) => entry.id === 'outage');
    expect(credits).toContain(
      '<button type="button" class="term-button" popovertarget="term-outage-1">outage</button>',
    );
    expect(credits).toContain(
      '<span id="term-outage-1" class="term-definition" popover="auto" role="note">' +
        `<strong>Outage:</strong> ${outage?.definition}`,
    );
    // Every popover target on every page exists exactly once.
    for (const file of listFiles(build.outDir).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(file, 'utf8');
      for (const [, target] of text.matchAll(/popovertarget="([^"]+)"/g)) {
        expect(text.split(`id="${target}"`).length - 1, `${file} ${target}`).toBe(1);
      }
    }
  });

  it('publishes every Statuspage v2 file, each valid against its schema', () => {
    for (const [path, schema] of Object.entries(statuspageDocuments)) {
      const parsed = schema.safeParse(JSON.parse(readFileSync(join(build.outDir, 'api/v2', path), 'utf8')));
      expect(parsed.error, path).toBeUndefined();
    }
    const { components } = ComponentsDocumentSchema.parse(
      JSON.parse(readFileSync(join(build.outDir, 'api/v2/components.json'), 'utf8')),
    );
    const file = parse(readFileSync(join(content, 'status/components.yaml'), 'utf8')) as {
      groups: Array<{ components: unknown[] }>;
    };
    // One entry per group and per component.
    expect(components.length).toBe(file.groups.length + file.groups.flatMap((group) => group.components).length);
  });

  it('shows 90 days of bars per component, each day in words, with uptime and its formula', () => {
    const html = page('status');
    const file = parse(readFileSync(join(content, 'status/components.yaml'), 'utf8')) as {
      groups: Array<{ components: Array<{ name: string }> }>;
    };
    for (const component of file.groups.flatMap((group) => group.components)) {
      const bars =
        new RegExp(
          `<ol class="status-bars" aria-label="${component.name.replace(/[()]/g, '\\$&')}, last 90 days">(.*?)</ol>`,
          's',
        ).exec(html)?.[1] ?? '';
      // A day with an incident or maintenance wraps its words in a link to the day's page.
      const day = /<li class="bar bar-([a-z_]+)" title="([^"]+)">(?:<a href="[^"]+">)?<span class="visually-hidden">/;
      const days = [...bars.matchAll(new RegExp(`${day.source}([^<]+)</span>`, 'g'))];
      expect(days.length, component.name).toBe(90);
      for (const [, , title, text] of days) expect(text).toBe(title);
    }
    // The DNS incident of 18 October: partial outage 20:03–20:41 UTC (1:03–1:41 pm Pacific), 38 minutes;
    // 0.3 × 38 = 11.4 counted.
    expect(html).toContain('title="Oct 18, 2026: partial outage 38 min; 11 min counted as downtime"');
    expect(html).toContain('0.3 × partial outage minutes');
    expect(html).toMatch(/<td class="num" data-label="Uptime, 30 days">\s*\d{2,3}\.\d{2}%\s*<\/td>/);
  });

  it('publishes an Atom feed of incidents and maintenance, and an accessible badge per component', () => {
    const xml = readFileSync(join(build.outDir, 'status/feed.xml'), 'utf8');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = (
      new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml) as {
        feed: { entry: Array<{ id: string }> };
      }
    ).feed;
    const incidents = stems('status/incidents', /\.mdx?$/);
    const maintenance = stems('status/maintenance', /\.mdx?$/);
    expect(feed.entry.map((entry) => entry.id).sort()).toEqual(
      [
        ...incidents.map((id) => `https://harborfiber.example/status/incidents/${id}/`),
        ...maintenance.map((id) => `https://harborfiber.example/status/maintenance/${id}/`),
      ].sort(),
    );
    const file = parse(readFileSync(join(content, 'status/components.yaml'), 'utf8')) as {
      groups: Array<{ components: Array<{ id: string; name: string }> }>;
    };
    for (const component of [
      ...file.groups.flatMap((group) => group.components),
      { id: '', name: 'Harbor Fiber status' },
    ]) {
      const svg = readFileSync(
        join(build.outDir, component.id === '' ? 'status/badge.svg' : `status/badges/${component.id}.svg`),
        'utf8',
      );
      expect(SyntaxValidator.validate(svg)).toBe(true);
      expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="badge-title">/);
      expect(svg).toContain(`<title id="badge-title">${component.name.replace('&', '&amp;')}: `);
    }
  });

  it('gives every incident and maintenance its page', () => {
    for (const id of stems('status/incidents', /\.mdx?$/))
      expect(page(`status/incidents/${id}`), id).toContain('<h2 id="updates">');
    for (const id of stems('status/maintenance', /\.mdx?$/))
      expect(page(`status/maintenance/${id}`), id).toContain('<h2 id="updates">');
  });

  it('shows every component on the status page with a status in words', () => {
    const file = parse(readFileSync(join(content, 'status/components.yaml'), 'utf8')) as {
      groups: Array<{ components: Array<{ id: string }> }>;
    };
    const html = page('status');
    for (const component of file.groups.flatMap((group) => group.components)) {
      expect(html, component.id).toMatch(
        new RegExp(`<tr id="${component.id}"[^]*?class="status status-[a-z_]+">[A-Z][a-z ]+</span>`),
      );
    }
    expect(html).toContain('All systems operational');
  });

  describe('papers', () => {
    interface PaperFront {
      title: string;
      published: string;
      updated?: string;
      authors: string[];
      tags: string[];
    }
    const papers = () =>
      stems('papers', /\.mdx?$/).map((slug) => {
        const source = readFileSync(join(content, 'papers', `${slug}.mdx`), 'utf8');
        const split = splitFrontMatter(source);
        return { slug, source, body: split.body.text, data: parse(split.yaml?.text ?? '') as PaperFront };
      });
    const hrefs = (html: string, pattern: RegExp) =>
      [...html.matchAll(/href="([^"#]+)"/g)].map((m) => m[1] ?? '').filter((href) => pattern.test(href));
    const paperHref = /^\/papers\/(?!tags\/|feed)[a-z0-9-]+\/$/;

    it('gives every paper its page with its authors and their bios', () => {
      const authors = new Map(
        (
          parse(readFileSync(join(content, 'authors.yaml'), 'utf8')) as Array<{ id: string; name: string; bio: string }>
        ).map((a) => [a.id, a]),
      );
      for (const { slug, data } of papers()) {
        const html = page(`papers/${slug}`);
        for (const id of data.authors) {
          expect(html, `${slug} by ${id}`).toContain(authors.get(id)?.name);
          expect(html, `${slug} by ${id}`).toContain(authors.get(id)?.bio.replace(/'/g, '&#39;'));
        }
      }
    });

    it('lists every paper on /papers/ newest first, with a reading time counted the way the check counts it', () => {
      const all = papers();
      const index = page('papers');
      const newestFirst = [...all]
        .sort((a, b) => b.data.published.localeCompare(a.data.published))
        .map((paper) => `/papers/${paper.slug}/`);
      expect([...new Set(hrefs(index.slice(index.indexOf('<ul class="paper-list">')), paperHref))]).toEqual(
        newestFirst,
      );
      for (const paper of all) {
        const level = readingLevel(
          `content/papers/${paper.slug}.mdx`,
          paper.source.slice(paper.source.length - paper.body.length),
          'paper',
        );
        expect(level.words, paper.slug).toBeGreaterThan(200);
        expect(page(`papers/${paper.slug}`), paper.slug).toContain(
          `· ${level.minutes} min read (${level.words.toLocaleString('en-US')} words)`,
        );
        const card = index.slice(index.indexOf(`<a href="/papers/${paper.slug}/">`));
        expect(card.slice(0, card.indexOf('</li>')), paper.slug).toContain(`· ${level.minutes} min read`);
      }
    });

    it('gives every tag a page listing exactly the papers, policies and plans tagged with it', () => {
      const tags = parse(readFileSync(join(content, 'tags.yaml'), 'utf8')) as Array<{ id: string; label: string }>;
      const planTags = stems('pricing/plans', /\.yaml$/).map((id) => ({
        id,
        tags: (parse(readFileSync(join(content, 'pricing/plans', `${id}.yaml`), 'utf8')) as { tags: string[] }).tags,
      }));
      // A policy is about what its newest version is about.
      const policyTags = readdirSync(join(content, 'policies')).map((id) => {
        const newest =
          readdirSync(join(content, 'policies', id))
            .sort()
            .at(-1) ?? '';
        const front = splitFrontMatter(readFileSync(join(content, 'policies', id, newest), 'utf8')).yaml?.text ?? '';
        return { id, tags: (parse(front) as { tags?: string[] }).tags ?? [] };
      });
      expect(tags.length).toBeGreaterThan(3);
      for (const tag of tags) {
        const html = page(`papers/tags/${tag.id}`);
        expect(html, tag.id).toContain(`<h1>${tag.label}</h1>`);
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        const sorted = (list: string[]) => [...new Set(list)].sort();
        expect(sorted(hrefs(main, paperHref)), tag.id).toEqual(
          papers()
            .filter((p) => p.data.tags.includes(tag.id))
            .map((p) => `/papers/${p.slug}/`)
            .sort(),
        );
        expect(sorted(hrefs(main, /^\/policies\/[a-z-]+\/$/)), tag.id).toEqual(
          policyTags
            .filter((p) => p.tags.includes(tag.id))
            .map((p) => `/policies/${p.id}/`)
            .sort(),
        );
        expect(sorted(hrefs(main, /^\/pricing\/[a-z0-9-]+\/$/)), tag.id).toEqual(
          planTags
            .filter((p) => p.tags.includes(tag.id))
            .map((p) => `/pricing/${p.id}/`)
            .sort(),
        );
      }
      const topics = page('papers/tags');
      for (const tag of tags) expect(topics).toContain(`href="/papers/tags/${tag.id}/"`);
    });

    it('links related policies, plans and papers by shared tags, most shared first, newest first among equals', () => {
      const html = page('papers/why-no-early-termination-fee');
      const related = html.slice(
        html.indexOf('<h2 id="related-heading">'),
        html.indexOf('</section>', html.indexOf('<h2 id="related-heading">')),
      );
      // The paper is tagged pricing and cancellation. Hand-ordered:
      // policies sharing one tag: refunds (newest version 2026-12-15), then billing and cancellation
      // (2025-03-01) by title;
      // plans: Ridge Road shares both tags; then the three newest of the plans tagged pricing, at most 3 in all;
      // papers: only "How we set our prices" shares a tag (pricing).
      expect(hrefs(related, /^\/policies\//)).toEqual([
        '/policies/refunds/',
        '/policies/billing-and-late-payments/',
        '/policies/cancellation/',
      ]);
      expect(hrefs(related, /^\/pricing\//)[0]).toBe('/pricing/fiber-300-ridge-road/');
      expect(hrefs(related, /^\/pricing\//)).toHaveLength(3);
      expect(hrefs(related, /^\/papers\//)).toEqual(['/papers/how-we-set-our-prices/']);
      // And back: the cancellation policy and the Ridge Road plan link to the paper.
      for (const path of ['policies/cancellation', 'pricing/fiber-300-ridge-road']) {
        const back = page(path);
        expect(back.slice(back.indexOf('<h2 id="papers-heading">')), path).toContain(
          'href="/papers/why-no-early-termination-fee/"',
        );
      }
    });

    it('renders footnotes as "Notes and references", linked both ways, and figures with caption, alt and image', () => {
      for (const { slug, source } of papers()) {
        const html = page(`papers/${slug}`);
        const notes = [...source.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1] ?? '');
        if (notes.length > 0) expect(html, slug).toContain('<h2 id="footnote-label">Notes and references</h2>');
        for (const note of notes) {
          expect(html, `${slug} ${note}`).toContain(`href="#user-content-fn-${note}" id="user-content-fnref-${note}"`);
          expect(html, `${slug} ${note}`).toContain(`<li id="user-content-fn-${note}">`);
          expect(html, `${slug} ${note}`).toContain(`href="#user-content-fnref-${note}"`);
        }
      }
      const html = page('papers/our-year-in-outages');
      const source = readFileSync(join(content, 'papers/our-year-in-outages.mdx'), 'utf8');
      const caption = /<Figure caption="([^"]+)">/.exec(source)?.[1];
      const alt = /!\[([^\]]+)\]\(\.\/images\/change-rollout\.svg\)/.exec(source)?.[1];
      expect(caption).toBeDefined();
      const figure = /<figure class="figure">([^]*?)<\/figure>/.exec(html)?.[1] ?? '';
      expect(figure).toContain(`<figcaption>${caption}</figcaption>`);
      const img =
        /<img src="(\/_astro\/change-rollout\.[^"]+\.svg)"[^>]* alt="([^"]+)"[^>]* width="640" height="150">/.exec(
          figure,
        );
      expect(img?.[2]).toBe(alt);
      expect(existsSync(join(build.outDir, img?.[1] ?? 'missing'))).toBe(true);
    });

    it("shows each paper's canonical address on the page, the same as in its head", () => {
      for (const { slug } of papers()) {
        const html = page(`papers/${slug}`);
        const url = `https://harborfiber.example/papers/${slug}/`;
        expect(html, slug).toContain(`<link rel="canonical" href="${url}">`);
        expect(html, slug).toContain(`Permanent address of this paper: <a href="${url}">${url}</a>`);
      }
    });

    it('publishes an Atom feed of papers, the last changed first, with authors and topics', () => {
      const xml = readFileSync(join(build.outDir, 'papers/feed.xml'), 'utf8');
      expect(SyntaxValidator.validate(xml)).toBe(true);
      const parser = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '',
        isArray: (name) => ['entry', 'author', 'category'].includes(name),
      });
      const feed = (
        parser.parse(xml) as {
          feed: {
            id: string;
            updated: string;
            entry: Array<{
              id: string;
              updated: string;
              published: string;
              author: Array<{ name: string }>;
              category: Array<{ term: string }>;
            }>;
          };
        }
      ).feed;
      const all = papers();
      const lastChange = (p: (typeof all)[number]) => p.data.updated ?? p.data.published;
      const expected = [...all].sort((a, b) => lastChange(b).localeCompare(lastChange(a)));
      expect(feed.entry.map((entry) => entry.id)).toEqual(
        expected.map((p) => `https://harborfiber.example/papers/${p.slug}/`),
      );
      expect(feed.updated).toBe(`${lastChange(expected[0]!)}T00:00:00.000Z`);
      feed.entry.forEach((entry, i) => {
        const paper = expected[i]!;
        expect(entry.updated).toBe(`${lastChange(paper)}T00:00:00.000Z`);
        expect(entry.published).toBe(`${paper.data.published}T00:00:00.000Z`);
        expect(entry.author).toHaveLength(paper.data.authors.length);
        expect(entry.category.map((c) => c.term)).toEqual(paper.data.tags);
      });
      expect(page('')).toContain(
        '<link rel="alternate" type="application/atom+xml" title="Harbor Fiber papers" href="/papers/feed.xml">',
      );
    });
  });

  it('builds a 404 page and the index pages', () => {
    expect(existsSync(join(build.outDir, '404.html'))).toBe(true);
    for (const path of [
      '',
      'pricing',
      'policies',
      'policies/changes',
      'policies/glossary',
      'status',
      'status/history',
      'papers',
      'papers/tags',
    ]) {
      expect(existsSync(join(build.outDir, path, 'index.html')), path).toBe(true);
    }
  });

  it('ships JavaScript only for the calculator, search and the status clock, as files, loads nothing elsewhere', () => {
    const files = listFiles(build.outDir).map((file) => relative(build.outDir, file));
    const ownScripts = files
      .filter((file) => (file.endsWith('.js') || file.endsWith('.mjs')) && !file.startsWith('pagefind/'))
      .sort();
    // In the order of their sorted names.
    expect(ownScripts).toEqual([
      expect.stringMatching(/^_astro\/BuildTimeNotice\.[^/]+\.js$/),
      expect.stringMatching(/^_astro\/TotalCostTable\.[^/]+\.js$/),
      expect.stringMatching(/^_astro\/search\.[^/]+\.js$/),
    ]);
    const calculator = ownScripts.find((file) => file.includes('TotalCostTable')) ?? '';
    const searchScript = ownScripts.find((file) => file.includes('search')) ?? '';
    const statusClock = ownScripts.find((file) => file.includes('BuildTimeNotice')) ?? '';
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(build.outDir, file), 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      const planPage = /^pricing\/(?!fees\/)[^/]+\/index\.html$/.test(file);
      // The pages whose words change with the clock between builds: the status page and each maintenance.
      const clockPage = file === 'status/index.html' || /^status\/maintenance\/[^/]+\/index\.html$/.test(file);
      // The search page's script loads Pagefind itself, on that page only; no other page has a script.
      const expected = planPage
        ? ['<script type="application/ld+json">', `<script type="module" src="/${calculator}">`]
        : file === 'search/index.html'
          ? [`<script type="module" src="/${searchScript}">`]
          : clockPage
            ? [`<script type="module" src="/${statusClock}">`]
            : [];
      expect(scripts, file).toEqual(expected);
      // Anything the browser fetches by itself: a src attribute, or a <link> other than canonical or alternate.
      const fetched = [
        ...[...html.matchAll(/\ssrc="([^"]*)"/gi)].map((m) => m[1]),
        ...[...html.matchAll(/<link\b[^>]*>/gi)]
          .filter((m) => !/rel="(canonical|alternate)"/i.test(m[0]))
          .map((m) => /href="([^"]*)"/i.exec(m[0])?.[1]),
      ];
      expect(
        fetched.filter((url) => url !== undefined && /^(https?:)?\/\//i.test(url)),
        file,
      ).toEqual([]);
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

  it("fails, naming the file, line and field of each unknown reference: a plan's fee, a status component", async () => {
    tree = new ContentTree();
    tree.replace('pricing/plans/fiber-300.yaml', 'mandatory: [installation]', 'mandatory: [instalation]');
    tree.replace('status/incidents/2026-10-18-dns-outage.md', 'id: dns,', 'id: dns-servers,');
    const build = await astroBuild({ contentDir: tree.dir });
    rmSync(build.outDir, { recursive: true, force: true });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /pricing\/plans\/fiber-300\.yaml\n +7:\d+ +error +fees\.mandatory\[0\]: There is no fee with id "instalation"/,
    );
    expect(build.output).toMatch(
      joinedRegExp([
        /status\/incidents\/2026-10-18-dns-outage\.md\n +\d+:\d+ +error +/,
        /updates\[0\]\.components\[0\]\.id: There is no component with id "dns-servers"/,
      ]),
    );
  });
});

describe('a build with a pricing component naming an unknown fee', () => {
  let tree: ContentTree;
  afterAll(() => tree.dispose());

  it('fails, naming the file, line and rule', async () => {
    tree = new ContentTree();
    tree.replace('papers/why-no-early-termination-fee.mdx', '<Fee id="installation" />', '<Fee id="instalation" />');
    const build = await astroBuild({ contentDir: tree.dir });
    rmSync(build.outDir, { recursive: true, force: true });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      joinedRegExp([
        /papers\/why-no-early-termination-fee\.mdx\n(?:.*\n)*? +17:\d+ +error +/,
        /<Fee> names the fee "instalation", but there is no such fee in pricing\/fees\.yaml\. /,
        /.* +fee\/pricing-component/,
      ]),
    );
  });
});

describe('a build with a gotcha clause in a policy', () => {
  let tree: ContentTree;
  afterAll(() => tree.dispose());

  it('fails, naming the file, line and rule', async () => {
    tree = new ContentTree();
    tree.replace(
      'policies/cancellation/2025-03-01.mdx',
      'Service ends at the end of the day you choose.',
      'Service ends at the end of the day you choose. We may refuse a cancellation at our sole discretion.',
    );
    const build = await astroBuild({ contentDir: tree.dir });
    rmSync(build.outDir, { recursive: true, force: true });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      joinedRegExp([
        /policies\/cancellation\/2025-03-01\.mdx\n(?:.*\n)*? +32:\d+ +error +/,
        /Say when and why, not "sole discretion"\. +gotcha\/sole-discretion/,
      ]),
    );
  });
});
