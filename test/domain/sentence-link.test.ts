/**
 * Links to a sentence of the content on the page that shows it: the page of
 * each kind of entry, the element a catalogue item has there, the sentence
 * quoted as written, and the text fragment that names only words the page
 * shows exactly as the source spells them.
 */
import { describe, expect, it } from 'vitest';
import { contentFilesFrom } from '../../src/reader/content-files.ts';
import { readContentTree, type Entry } from '../../src/reader/read-content.ts';
import { directiveTerm, sentenceLinks, type FilePosition } from '../../src/domain/sentence-link.ts';

/** The entry of one file, read by the real reader from text, as if it were in content/. */
function entryOf(path: string, text: string): Entry {
  const bytes = new TextEncoder().encode(text);
  const files = contentFilesFrom('content', [{ path, size: bytes.length, read: () => bytes }]);
  const entry = readContentTree('/project', 'content', files).entries[0];
  if (entry === undefined) throw new Error(`${path} is not an entry`);
  return entry;
}

/** The position of the first occurrence of `words` in `text`. */
function at(text: string, words: string): FilePosition {
  const offset = text.indexOf(words);
  if (offset === -1) throw new Error(`"${words}" is not in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const paper = `---
title: Why we have no early-termination fee
summary: Most providers charge you to leave.
authors: [maya-okafor]
published: 2026-04-14
tags: [pricing]
---

When we started, leaving early cost between $150 and $300. We decided not to do that.

## What it costs us

That rules out "network access" fees and "regulatory recovery" fees, which belong in the price.
Our installation fee is <Fee id="installation" />, listed on our [fee list](/pricing/fees/), and we refund it.
We don't charge you anything for leaving, not even in the first month.
A line with \`code\` and more words after it.
`;

describe('sentenceLinks', () => {
  const entry = entryOf('papers/why-no-early-termination-fee.mdx', paper);

  it("links a paper's sentence on the paper's page, quoting it whole", () => {
    expect(sentenceLinks(entry, [at(paper, '$150')])).toEqual([
      {
        page: '/papers/why-no-early-termination-fee/',
        title: 'Why we have no early-termination fee',
        elementId: undefined,
        sentence: 'When we started, leaving early cost between $150 and $300.',
        textStart: 'When we started, leaving early cost between $150 and $300.',
        textEnd: undefined,
        href:
          '/papers/why-no-early-termination-fee/#:~:text=' +
          'When%20we%20started%2C%20leaving%20early%20cost%20between%20%24150%20and%20%24300.',
      },
    ]);
  });

  it('makes one link for several places in one sentence, and one for each sentence', () => {
    const links = sentenceLinks(entry, [at(paper, '$150'), at(paper, '$300'), at(paper, 'We decided')]);
    expect(links.map((link) => link.sentence)).toEqual([
      'When we started, leaving early cost between $150 and $300.',
      'We decided not to do that.',
    ]);
  });

  it('names the first and last stretch of words where quotes would be made curly', () => {
    const [link] = sentenceLinks(entry, [at(paper, 'network access')]);
    expect(link?.sentence).toBe(
      'That rules out "network access" fees and "regulatory recovery" fees, which belong in the price.',
    );
    expect(link?.textStart).toBe('That rules out');
    expect(link?.textEnd).toBe('fees, which belong in the price.');
    expect(link?.href).toBe(
      '/papers/why-no-early-termination-fee/#:~:text=That%20rules%20out,fees%2C%20which%20belong%20in%20the%20price.',
    );
  });

  it('leaves out what a component shows, and keeps the text of a link', () => {
    const [link] = sentenceLinks(entry, [at(paper, 'Our installation')]);
    expect(link?.sentence).toBe('Our installation fee is … , listed on our fee list, and we refund it.');
    expect(link?.textStart).toBe('Our installation fee is');
    expect(link?.textEnd).toBe(', listed on our fee list, and we refund it.');
  });

  it('cuts back to whole words where an apostrophe splits one', () => {
    const [link] = sentenceLinks(entry, [at(paper, "don't")]);
    expect(link?.sentence).toBe("We don't charge you anything for leaving, not even in the first month.");
    // "We" is too short to find the sentence by; the words after "don't" are not.
    expect(link?.textStart).toBe('charge you anything for leaving, not even in the first month.');
    expect(link?.textEnd).toBeUndefined();
  });

  it('leaves out inline code, which the reader does not read as prose', () => {
    const [link] = sentenceLinks(entry, [at(paper, 'more words')]);
    expect(link?.sentence).toBe('A line with … and more words after it.');
    expect(link?.textStart).toBe('A line with');
    expect(link?.textEnd).toBe('and more words after it.');
  });

  it('links a fee to its section of the fee list, by the id the site gives it', () => {
    const fees = `- id: late-payment
  name: Late payment
  amount: { amount: 500, currency: USD }
  kind: conditional
  appliesWhen: When a bill is paid more than 14 days late.
  why: Chasing a late bill costs us staff time. We charge what it costs, no more.
  refundable: false
- id: router-rental
  name: Wi-Fi router rental
  amount: { amount: 800, currency: USD }
  kind: recurring
  period: month
  appliesWhen: Every month while you rent a router.
  why: The router costs us about $190 and we replace it for free when it fails. Renting spreads the cost.
  refundable: false
`;
    const links = sentenceLinks(entryOf('pricing/fees.yaml', fees), [at(fees, '$190'), at(fees, 'no more')]);
    expect(links.map(({ page, title, elementId, href }) => ({ page, title, elementId, href }))).toEqual([
      {
        page: '/pricing/fees/',
        title: 'Wi-Fi router rental',
        elementId: 'router-rental',
        href:
          '/pricing/fees/#router-rental:~:text=' +
          'The%20router%20costs%20us%20about%20%24190%20and%20we%20replace%20it%20for%20free%20when%20it%20fails.',
      },
      {
        page: '/pricing/fees/',
        title: 'Late payment',
        elementId: 'late-payment',
        href: '/pricing/fees/#late-payment:~:text=We%20charge%20what%20it%20costs%2C%20no%20more.',
      },
    ]);
  });

  it('links each kind of entry to its own page, and a site setting to none', () => {
    const cases: Array<[string, string, string, string | undefined]> = [
      [
        'policies/refunds/2026-01-01.md',
        '---\ntitle: Refunds\nsummary: How refunds work.\neffective: 2026-01-01\npublished: 2025-11-01\n---\n\n' +
          'We refund any month you could not use the service.\n',
        'any month',
        '/policies/refunds/2026-01-01/',
      ],
      [
        'status/incidents/2026-08-27-north-fiber-cut.md',
        '---\ntitle: No internet in the north\n---\n\nA cable was cut by a digger near the bridge.\n',
        'cable was cut',
        '/status/incidents/2026-08-27-north-fiber-cut/',
      ],
      [
        'status/maintenance/2026-12-02-portal.md',
        '---\ntitle: Portal upgrade\n---\n\nThe account portal will be down for an hour.\n',
        'account portal',
        '/status/maintenance/2026-12-02-portal/',
      ],
      [
        'pricing/plans/fiber-300.yaml',
        'name: Fiber 300\nsummary: Fast enough for a family that streams every evening.\n',
        'family that streams',
        '/pricing/fiber-300/',
      ],
      [
        'glossary.yaml',
        '- id: outage\n  term: Outage\n  definition: A time when the service does not work at all for you.\n',
        'does not work',
        '/policies/glossary/',
      ],
      [
        'site.yaml',
        'name: Harbor Fiber\ntagline: Fiber internet for the whole Bayside region.\n',
        'Fiber internet',
        undefined,
      ],
    ];
    for (const [path, text, words, page] of cases) {
      const [link] = sentenceLinks(entryOf(path, text), [at(text, words)]);
      expect(link?.page, path).toBe(page);
    }
    const glossary = cases[4]?.[1] ?? '';
    expect(sentenceLinks(entryOf('glossary.yaml', glossary), [at(glossary, 'does not work')])[0]?.elementId).toBe(
      'outage',
    );
  });

  it('has no link for a place outside the prose', () => {
    expect(sentenceLinks(entry, [at(paper, 'published:')])).toEqual([]);
    expect(sentenceLinks(entry, [{ line: 999, column: 1 }])).toEqual([]);
  });
});

describe('directiveTerm', () => {
  it('encodes what the text directive syntax uses: hyphen, comma and ampersand', () => {
    expect(directiveTerm('early-termination, fees & more')).toBe('early%2Dtermination%2C%20fees%20%26%20more');
  });
});
