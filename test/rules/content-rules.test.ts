/**
 * The rules about the shape of content and about files together: schema
 * issues, references, history, layout and encoding. Each case breaks one
 * thing in a copy of the sample content and checks it with every rule.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/rules/check-content.ts';
import { formatStylish } from '../../src/rules/format/stylish.ts';
import { ContentTree, projectRoot } from '../helpers/content-tree.ts';
import { sampleNow } from '../helpers/tree-check.ts';

let tree: ContentTree | undefined;
afterEach(() => tree?.dispose());

/** Breaks a fresh copy of the sample content, checks it, and returns the report. */
async function checkBroken(breakIt: (tree: ContentTree) => void) {
  tree = new ContentTree();
  breakIt(tree);
  // With the copy as project root, every file is named relative to the content folder.
  const result = await checkContent(tree.dir, '.', { now: sampleNow });
  return {
    ...result,
    diagnostics: result.files.flatMap((file) => file.diagnostics),
    text: formatStylish(result.files),
  };
}

describe('the sample content', () => {
  it('is valid', async () => {
    const result = await checkContent(projectRoot, 'content', { now: sampleNow });
    expect(formatStylish(result.files)).toBe('\nNo problems found.');
  });
});

/**
 * Each case breaks one thing and names the file, line, field and a phrase of
 * the message an editor must see.
 */
const cases: Array<{
  name: string;
  breakIt: (tree: ContentTree) => void;
  file: string;
  line: number;
  field: string;
  /** The rule that reports it. */
  rule: string;
  message: string | RegExp;
}> = [
  {
    name: 'an early-termination fee that is not a conditional fee',
    breakIt: (t) =>
      t.replace('pricing/plans/fiber-300-ridge-road.yaml', 'fee: ridge-road-early-termination', 'fee: installation'),
    file: 'pricing/plans/fiber-300-ridge-road.yaml',
    line: 12,
    field: 'contract.earlyTerminationFee.fee',
    rule: 'fee/early-termination-fee',
    message: '"installation" must be a conditional fee in the catalogue and listed in this plan\'s fees.optional',
  },
  {
    name: 'an early-termination fee on a plan without a term',
    breakIt: (t) => t.replace('pricing/plans/fiber-300-ridge-road.yaml', 'months: 12\n', 'months: 0\n'),
    file: 'pricing/plans/fiber-300-ridge-road.yaml',
    line: 12,
    field: 'contract.earlyTerminationFee',
    rule: 'schema/inconsistent-fields',
    message: 'A plan without a minimum term (contract.months: 0) cannot have an early-termination fee',
  },
  {
    name: 'a plan linking to a policy that does not exist',
    breakIt: (t) =>
      t.replace(
        'pricing/plans/fiber-300.yaml',
        'policies: [terms-of-service, cancellation,',
        'policies: [terms-of-service, cancelation,',
      ),
    file: 'pricing/plans/fiber-300.yaml',
    line: 29,
    field: 'policies[1]',
    rule: 'reference/unknown-id',
    message:
      'There is no policy "cancelation" in ./policies/. Did you mean "cancellation"? ' +
      'Known policies: billing-and-late-payments, cancellation,',
  },
  {
    name: 'two glossary terms with the same id',
    breakIt: (t) => t.replace('glossary.yaml', '- id: outage', '- id: payment-processor'),
    file: 'glossary.yaml',
    line: 16,
    field: '[4].id',
    rule: 'reference/duplicate-id',
    message: 'The id "payment-processor" is used twice',
  },
  {
    name: 'a glossary term without a real definition',
    breakIt: (t) =>
      t.replace(
        'glossary.yaml',
        'definition: Money taken off your next bill when our service fails. You get it automatically; ' +
          'you do not have to ask.',
        'definition: See bill.',
      ),
    file: 'glossary.yaml',
    line: 24,
    field: '[6].definition',
    rule: 'schema/invalid-value',
    message: 'Define the term in at least a full sentence.',
  },
  {
    name: 'a missing glossary',
    breakIt: (t) => t.remove('glossary.yaml'),
    file: 'glossary.yaml',
    line: 1,
    field: '',
    rule: 'file/missing',
    message: 'This file is missing',
  },
  {
    name: 'a yearly plan whose introductory price ends mid-year',
    breakIt: (t) => t.replace('pricing/plans/fiber-1000.yaml', 'period: month', 'period: year'),
    file: 'pricing/plans/fiber-1000.yaml',
    line: 8,
    field: 'introductory.months',
    rule: 'schema/inconsistent-fields',
    message: 'must last whole years',
  },
  {
    name: 'a site without a tax statement',
    breakIt: (t) => t.replace('site.yaml', 'taxStatement: California', '# taxStatement: California'),
    file: 'site.yaml',
    line: 2,
    field: 'taxStatement',
    rule: 'schema/required-field',
    message: 'This field is required',
  },
  {
    name: 'a plan naming an unknown fee',
    breakIt: (t) => t.replace('pricing/plans/fiber-300-phone.yaml', 'emergency-911]', 'emergency-912]'),
    file: 'pricing/plans/fiber-300-phone.yaml',
    line: 7,
    field: 'fees.mandatory[1]',
    rule: 'reference/unknown-id',
    message: 'There is no fee with id "emergency-912" in ./pricing/fees.yaml. Did you mean "emergency-911"?',
  },
  {
    name: 'a plan naming a misspelt fee gets the fee it meant',
    breakIt: (t) => t.replace('pricing/plans/fiber-300.yaml', 'mandatory: [installation]', 'mandatory: [instalation]'),
    file: 'pricing/plans/fiber-300.yaml',
    line: 7,
    field: 'fees.mandatory[0]',
    rule: 'reference/unknown-id',
    message: /^There is no fee with id "instalation" in \.\/pricing\/fees\.yaml\. Did you mean "installation"\?$/,
  },
  {
    name: 'a plan naming a fee like none gets a short list, not a guess',
    breakIt: (t) => t.replace('pricing/plans/fiber-300.yaml', 'mandatory: [installation]', 'mandatory: [modem-setup]'),
    file: 'pricing/plans/fiber-300.yaml',
    line: 7,
    field: 'fees.mandatory[0]',
    rule: 'reference/unknown-id',
    message: /^There is no fee with id "modem-setup" in \.\/pricing\/fees\.yaml\. Known ids: [^?]+ and \d+ more\.$/,
  },
  {
    name: 'an incident naming an unknown component',
    breakIt: (t) =>
      t.replace(
        'status/incidents/2026-09-03-dns-slow.md',
        '{ id: dns, status: degraded_performance }',
        '{ id: dnz, status: degraded_performance }',
      ),
    file: 'status/incidents/2026-09-03-dns-slow.md',
    line: 9,
    field: 'updates[0].components[0].id',
    rule: 'reference/unknown-id',
    message: 'There is no component with id "dnz"',
  },
  {
    name: 'a paper naming an unknown author',
    breakIt: (t) => t.replace('papers/how-we-set-our-prices.mdx', 'authors: [maya-okafor]', 'authors: [maya-okafur]'),
    file: 'papers/how-we-set-our-prices.mdx',
    line: 4,
    field: 'authors[0]',
    rule: 'reference/unknown-id',
    message: 'There is no author with id "maya-okafur"',
  },
  {
    name: 'maintenance naming an unknown component',
    breakIt: (t) =>
      t.replace(
        'status/maintenance/2026-12-02-account-portal-upgrade.md',
        'components: [account-portal]',
        'components: [portal]',
      ),
    file: 'status/maintenance/2026-12-02-account-portal-upgrade.md',
    line: 3,
    field: 'components[0]',
    rule: 'reference/unknown-id',
    message: 'There is no component with id "portal"',
  },
  {
    name: 'money written as a decimal',
    breakIt: (t) => t.replace('pricing/plans/fiber-300.yaml', 'amount: 4500', 'amount: 45.00'),
    file: 'pricing/plans/fiber-300.yaml',
    line: 4,
    field: 'price.amount',
    rule: 'schema/decimal-money',
    message: 'Money is whole minor units',
  },
  {
    name: 'a negative price',
    breakIt: (t) => t.replace('pricing/plans/fiber-300.yaml', 'amount: 4500', 'amount: -4500'),
    file: 'pricing/plans/fiber-300.yaml',
    line: 4,
    field: 'price.amount',
    rule: 'schema/invalid-value',
    message: 'cannot be negative',
  },
  {
    name: 'a plan without a currency',
    breakIt: (t) =>
      t.replace('pricing/plans/fiber-300.yaml', 'price: { amount: 4500, currency: USD }', 'price: { amount: 4500 }'),
    file: 'pricing/plans/fiber-300.yaml',
    line: 4,
    field: 'price.currency',
    rule: 'schema/required-field',
    message: 'This field is required',
  },
  {
    name: 'a currency that is not ISO 4217',
    breakIt: (t) =>
      t.replace(
        'pricing/fees.yaml',
        'amount: { amount: 7500, currency: USD }',
        'amount: { amount: 7500, currency: USX }',
      ),
    file: 'pricing/fees.yaml',
    line: 7,
    field: '[0].amount.currency',
    rule: 'schema/invalid-value',
    message: '"USX" is not an ISO 4217 currency code',
  },
  {
    name: 'a price in another currency than the site’s',
    breakIt: (t) =>
      t.replace('pricing/plans/fiber-2000.yaml', 'amount: 9500, currency: USD', 'amount: 9500, currency: EUR'),
    file: 'pricing/plans/fiber-2000.yaml',
    line: 4,
    field: 'price.currency',
    rule: 'fee/site-currency',
    message: 'Prices on this site are in USD',
  },
  {
    name: 'a fee without a reason',
    breakIt: (t) =>
      t.replace(
        'pricing/fees.yaml',
        '  why: A technician spends about three hours running fiber from the street to your home and fitting the ' +
          'wall socket. This covers part of that visit; we pay the rest.\n',
        '',
      ),
    file: 'pricing/fees.yaml',
    line: 5,
    field: '[0].why',
    rule: 'schema/required-field',
    message: 'This field is required',
  },
  {
    name: 'a recurring fee without a period',
    breakIt: (t) => t.replace('pricing/fees.yaml', '  period: month\n  mandatory: true', '  mandatory: true'),
    file: 'pricing/fees.yaml',
    line: 15,
    field: '[1].period',
    rule: 'schema/inconsistent-fields',
    message: 'A recurring fee must say how often',
  },
  {
    name: 'a duplicate fee id',
    breakIt: (t) => t.replace('pricing/fees.yaml', 'id: static-ip', 'id: router-rental'),
    file: 'pricing/fees.yaml',
    line: 36,
    field: '[3].id',
    rule: 'reference/duplicate-id',
    message: 'The id "router-rental" is used twice',
  },
  {
    name: 'an optional fee listed as mandatory on a plan',
    breakIt: (t) =>
      t.replace(
        'pricing/plans/fiber-2000.yaml',
        'mandatory: [installation]',
        'mandatory: [installation, router-rental]',
      ),
    file: 'pricing/plans/fiber-2000.yaml',
    line: 7,
    field: 'fees.mandatory[1]',
    rule: 'fee/mandatory-mismatch',
    message: 'marked mandatory: false in the fee catalogue',
  },
  {
    name: 'an introductory price that is not lower',
    breakIt: (t) =>
      t.replace(
        'pricing/plans/fiber-1000.yaml',
        'price: { amount: 5500, currency: USD }',
        'price: { amount: 7500, currency: USD }',
      ),
    file: 'pricing/plans/fiber-1000.yaml',
    line: 7,
    field: 'introductory.price.amount',
    rule: 'schema/inconsistent-fields',
    message: 'must be lower than the regular price',
  },
  {
    name: 'a misspelt field',
    breakIt: (t) => t.replace('pricing/plans/fiber-300.yaml', 'summary:', 'sumary:'),
    file: 'pricing/plans/fiber-300.yaml',
    line: 2,
    field: 'sumary',
    rule: 'schema/unknown-field',
    message: '"sumary" is not a field here',
  },
  {
    name: 'a later policy version without "what changed"',
    breakIt: (t) => t.replace('policies/privacy/2026-06-01.mdx', 'changes:\n  what:', 'notes:\n  what:'),
    file: 'policies/privacy/2026-06-01.mdx',
    line: 13,
    field: 'notes',
    rule: 'schema/unknown-field',
    message: 'is not a field here',
  },
  {
    name: 'a policy file named differently from its effective date',
    breakIt: (t) => t.replace('policies/fair-use/2025-03-01.mdx', 'effective: 2025-03-01', 'effective: 2025-03-02'),
    file: 'policies/fair-use/2025-03-01.mdx',
    line: 9,
    field: 'effective',
    rule: 'policy/effective-date-name',
    message: "name each version's file after its effective date",
  },
  {
    name: 'a material change with too little notice',
    breakIt: (t) => t.replace('policies/refunds/2026-12-15.mdx', 'published: 2026-11-10', 'published: 2026-12-01'),
    file: 'policies/refunds/2026-12-15.mdx',
    line: 10,
    field: 'published',
    rule: 'policy/notice-period',
    message: "needs 30 days' notice",
  },
  {
    name: 'an impossible date',
    breakIt: (t) => t.replace('papers/how-we-set-our-prices.mdx', 'published: 2026-06-02', 'published: 2026-02-30'),
    file: 'papers/how-we-set-our-prices.mdx',
    line: 5,
    field: 'published',
    rule: 'schema/invalid-value',
    message: '"2026-02-30" is not a real calendar day',
  },
  {
    name: 'a date in another format',
    breakIt: (t) => t.replace('papers/how-we-set-our-prices.mdx', 'published: 2026-06-02', 'published: 06/02/2026'),
    file: 'papers/how-we-set-our-prices.mdx',
    line: 5,
    field: 'published',
    rule: 'schema/invalid-value',
    message: 'is not a date in the form YYYY-MM-DD',
  },
  {
    name: 'a misspelt status, with the one meant',
    breakIt: (t) => t.replace('status/incidents/2026-09-03-dns-slow.md', 'status: resolved', 'status: resovled'),
    file: 'status/incidents/2026-09-03-dns-slow.md',
    line: 16,
    field: 'updates[2].status',
    rule: 'schema/invalid-value',
    message: 'the text "resovled" is not allowed here. Did you mean "resolved"? Use one of: investigating,',
  },
  {
    name: 'an update time without a time zone',
    breakIt: (t) =>
      t.replace('status/incidents/2026-09-03-dns-slow.md', 'at: 2026-09-03T02:45:00Z', 'at: 2026-09-03T02:45:00'),
    file: 'status/incidents/2026-09-03-dns-slow.md',
    line: 10,
    field: 'updates[1].at',
    rule: 'schema/invalid-value',
    message: 'with a time zone',
  },
  {
    name: 'incident updates out of time order',
    breakIt: (t) =>
      t.replace('status/incidents/2026-09-03-dns-slow.md', 'at: 2026-09-03T03:30:00Z', 'at: 2026-09-03T01:30:00Z'),
    file: 'status/incidents/2026-09-03-dns-slow.md',
    line: 15,
    field: 'updates[2].at',
    rule: 'status/update-order',
    message: 'Updates go oldest first',
  },
  {
    name: 'an incident status that goes backwards',
    breakIt: (t) => t.replace('status/incidents/2026-09-03-dns-slow.md', 'status: resolved', 'status: investigating'),
    file: 'status/incidents/2026-09-03-dns-slow.md',
    line: 16,
    field: 'updates[2].status',
    rule: 'status/status-backwards',
    message: 'The status goes backwards',
  },
  {
    name: 'a maintenance window that ends before it starts',
    breakIt: (t) =>
      t.replace(
        'status/maintenance/2026-12-02-account-portal-upgrade.md',
        'scheduledEnd: 2026-12-02T12:00:00Z',
        'scheduledEnd: 2026-12-02T09:00:00Z',
      ),
    file: 'status/maintenance/2026-12-02-account-portal-upgrade.md',
    line: 5,
    field: 'scheduledEnd',
    rule: 'status/window-order',
    message: 'must end after it starts',
  },
  {
    name: 'broken YAML: a key written twice',
    breakIt: (t) =>
      t.replace(
        'status/components.yaml',
        '    name: Home internet',
        '    name: Home internet\n    name: Internet at home',
      ),
    file: 'status/components.yaml',
    line: 6,
    field: '',
    rule: 'parse/yaml',
    message: 'This is not valid YAML',
  },
  {
    name: 'broken YAML: an unclosed list',
    breakIt: (t) => t.replace('authors.yaml', 'role: Chief executive', 'role: [Chief executive'),
    // The parser notices the missing "]" where the next line starts.
    file: 'authors.yaml',
    line: 4,
    field: '',
    rule: 'parse/yaml',
    message: 'must be sufficiently indented and end with a ]',
  },
  {
    name: 'a file that belongs to no collection',
    breakIt: (t) => t.write('papers/notes.txt', 'draft'),
    file: 'papers/notes.txt',
    line: 1,
    field: '',
    rule: 'file/outside-collections',
    message: 'not part of any collection',
  },
  {
    name: 'a policy outside a policy folder',
    breakIt: (t) => t.write('policies/returns.mdx', '---\ntitle: Returns\n---\n'),
    file: 'policies/returns.mdx',
    line: 1,
    field: '',
    rule: 'file/outside-collections',
    message: 'not part of any collection',
  },
  {
    name: 'an empty file',
    breakIt: (t) => t.write('status/incidents/2026-11-20-empty.md', ''),
    file: 'status/incidents/2026-11-20-empty.md',
    line: 1,
    field: '',
    rule: 'file/empty',
    message: 'This file is empty',
  },
  {
    name: 'a file that is not UTF-8',
    breakIt: (t) =>
      t.write(
        'papers/latin1.mdx',
        Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a]),
      ),
    file: 'papers/latin1.mdx',
    line: 1,
    field: '',
    rule: 'file/not-utf8',
    message: 'not valid UTF-8',
  },
  {
    name: 'a Markdown file without front matter',
    breakIt: (t) => t.write('status/incidents/2026-11-21-no-front-matter.md', '# Outage\n'),
    file: 'status/incidents/2026-11-21-no-front-matter.md',
    line: 1,
    field: '',
    rule: 'file/front-matter',
    message: 'needs front matter',
  },
  {
    name: 'a file name with spaces',
    breakIt: (t) => t.write('pricing/plans/Fiber 500.yaml', t.read('pricing/plans/fiber-300.yaml')),
    file: 'pricing/plans/Fiber 500.yaml',
    line: 1,
    field: '',
    rule: 'file/name',
    message: "becomes the plan's web address",
  },
  {
    name: 'a paper with a tag that is not in tags.yaml',
    breakIt: (t) =>
      t.replace('papers/our-year-in-outages.mdx', 'tags: [status, reliability]', 'tags: [status, reliabilty]'),
    file: 'papers/our-year-in-outages.mdx',
    line: 6,
    field: 'tags[1]',
    rule: 'reference/unknown-id',
    message:
      'There is no tag with id "reliabilty" in ./tags.yaml. Did you mean "reliability"? ' +
      'Known ids: cancellation, fees, pricing, reliability, status.',
  },
  {
    name: 'a plan with a tag listed twice',
    breakIt: (t) => t.replace('pricing/plans/fiber-300.yaml', 'tags: [pricing]', 'tags: [pricing, pricing]'),
    file: 'pricing/plans/fiber-300.yaml',
    line: 32,
    field: 'tags',
    rule: 'schema/invalid-value',
    message: 'A tag is listed twice',
  },
  {
    name: 'a policy with an unknown tag',
    breakIt: (t) => t.replace('policies/cancellation/2025-03-01.mdx', 'tags: [cancellation]', 'tags: [leaving]'),
    file: 'policies/cancellation/2025-03-01.mdx',
    line: 16,
    field: 'tags[0]',
    rule: 'reference/unknown-id',
    message: 'There is no tag with id "leaving"',
  },
  {
    name: 'a tag nothing is tagged with',
    breakIt: (t) =>
      t.write(
        'tags.yaml',
        `${t.read('tags.yaml')}- id: privacy\n  label: Privacy\n  description: ` +
          'What we know about you and what we do with it.\n',
      ),
    file: 'tags.yaml',
    line: 18,
    field: '[5].id',
    rule: 'reference/unused-tag',
    message: 'No paper, plan or policy has the tag "privacy"',
  },
  {
    name: 'a tag id used twice',
    breakIt: (t) =>
      t.write(
        'tags.yaml',
        `${t.read('tags.yaml')}- id: fees\n  label: Charges\n  description: Every charge on top of the price.\n`,
      ),
    file: 'tags.yaml',
    line: 18,
    field: '[5].id',
    rule: 'reference/duplicate-id',
    message: 'The id "fees" is used twice',
  },
  {
    name: 'a missing tags.yaml',
    breakIt: (t) => t.remove('tags.yaml'),
    file: 'tags.yaml',
    line: 1,
    field: '',
    rule: 'file/missing',
    message: 'This file is missing',
  },
  {
    name: 'an image no paper uses',
    breakIt: (t) => t.write('papers/images/unused.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    file: 'papers/images/unused.png',
    line: 1,
    field: '',
    rule: 'reference/unused-image',
    message: 'No paper uses this image',
  },
  {
    name: 'an image whose paper no longer shows it',
    breakIt: (t) =>
      t.replace('papers/our-year-in-outages.mdx', './images/change-rollout.svg', './images/change-rollout-old.svg'),
    file: 'papers/images/change-rollout.svg',
    line: 1,
    field: '',
    rule: 'reference/unused-image',
    message: 'No paper uses this image',
  },
  {
    name: 'an SVG with a script',
    breakIt: (t) => t.replace('papers/images/change-rollout.svg', '<rect', '<script>alert(1)</script><rect'),
    file: 'papers/images/change-rollout.svg',
    line: 1,
    field: '',
    rule: 'markup/svg-image',
    message: 'contains a <script>',
  },
  {
    name: 'an SVG with an event handler on a new line',
    breakIt: (t) => t.replace('papers/images/change-rollout.svg', '<rect', '<rect\n  onclick = "steal()"'),
    file: 'papers/images/change-rollout.svg',
    line: 1,
    field: '',
    rule: 'markup/svg-image',
    message: 'event handler attribute',
  },
  {
    name: 'an SVG that shows a price',
    breakIt: (t) => t.replace('papers/images/change-rollout.svg', 'for an hour</text>', 'for $4.99</text>'),
    file: 'papers/images/change-rollout.svg',
    line: 1,
    field: '',
    rule: 'markup/svg-image',
    message: 'This SVG shows a money amount',
  },
  {
    name: 'an SVG that loads another address',
    breakIt: (t) =>
      t.replace('papers/images/change-rollout.svg', '<rect', '<image href="https://tracker.example/pixel.png"/><rect'),
    file: 'papers/images/change-rollout.svg',
    line: 1,
    field: '',
    rule: 'markup/svg-image',
    message: 'refers to "https:…"',
  },
  {
    name: 'a missing site.yaml',
    breakIt: (t) => t.remove('site.yaml'),
    file: 'site.yaml',
    line: 1,
    field: '',
    rule: 'file/missing',
    message: 'This file is missing',
  },
];

describe('broken content is refused with file, line and field', () => {
  it.each(cases)('$name', async ({ breakIt, file, line, field, message, rule }) => {
    const result = await checkBroken(breakIt);
    expect(result.errors, 'the check should fail').toBeGreaterThan(0);
    const match = result.diagnostics.find((d) => d.file === file && d.field === field && d.ruleId === rule);
    expect(match, `no ${rule} diagnostic for ${file} ${field} in:\n${result.text}`).toBeDefined();
    expect(match?.line).toBe(line);
    if (typeof message === 'string') expect(match?.message).toContain(message);
    else expect(match?.message).toMatch(message);
  });
});

describe('content that must keep working', () => {
  it('accepts CRLF line endings and a byte-order mark', async () => {
    const result = await checkBroken((t) => {
      t.write('pricing/plans/fiber-300.yaml', `\uFEFF${t.read('pricing/plans/fiber-300.yaml').replace(/\n/g, '\r\n')}`);
      t.write('papers/how-we-set-our-prices.mdx', t.read('papers/how-we-set-our-prices.mdx').replace(/\n/g, '\r\n'));
    });
    expect(result.text).toBe('\nNo problems found.');
  });
});
