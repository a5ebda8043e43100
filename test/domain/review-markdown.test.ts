/**
 * The review's Markdown from hand-made values: text from content cannot turn
 * into markup, and a change with many problems stays within what GitHub
 * keeps as a job summary. The review of real changes is in
 * test/rules/review-change.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { CheckChanges, CheckItem, CustomerChanges } from '../../src/domain/review/customer-changes.ts';
import { escapeMarkdown, listedCheckItems, reviewMarkdown } from '../../src/domain/review/review-markdown.ts';

const now = new Date('2026-11-22T00:00:00Z');
const subject = { base: { rev: 'main', commit: 'a'.repeat(40) }, head: undefined, now };
const unchanged: CustomerChanges = {
  locale: 'en-US',
  noticeDays: 30,
  plans: { changed: [], added: [], removed: [], unpriced: [] },
  fees: { added: [], removed: [], changed: [] },
  policies: { added: [], changed: [], removed: [] },
  status: [],
  headline: undefined,
  unreadable: { feeList: undefined, fees: [], policies: [], incidents: [], maintenances: [] },
};
const problem = (line: number): CheckItem => ({
  file: 'content/papers/a.mdx',
  line,
  ruleId: 'gotcha/sole-discretion',
  severity: 'error',
  message: 'Say when and why, not "sole discretion".',
});
const noCheckChanges: CheckChanges = {
  newProblems: [],
  fixedProblems: [],
  newExceptions: [],
  removedExceptions: [],
  headErrors: 0,
};

describe('reviewMarkdown', () => {
  it('escapes text from content, so that a title cannot become a table, a link or HTML', () => {
    expect(escapeMarkdown('A | B <script>x</script> [link](y) *bold*')).toBe(
      'A \\| B \\<script\\>x\\</script\\> \\[link\\](y) \\*bold\\*',
    );
    const changes = {
      ...unchanged,
      status: [
        {
          kind: 'incident' as const,
          id: 'x',
          title: '<img src=x> | down',
          change: 'opened' as const,
          status: 'investigating',
          at: '2026-11-21T10:00:00.000Z',
        },
      ],
    };
    expect(reviewMarkdown(subject, changes, noCheckChanges)).toContain(
      '- Incident opened: **\\<img src=x\\> \\| down** (`x`), started 2026-11-21T10:00:00Z, now investigating.',
    );
  });

  it(`lists at most ${listedCheckItems} problems of a kind, and says how many more there are`, () => {
    const many = Array.from({ length: listedCheckItems + 7 }, (_, i) => problem(i + 1));
    const lines = reviewMarkdown(subject, unchanged, {
      ...noCheckChanges,
      newProblems: many,
      headErrors: many.length,
    }).split('\n');
    expect(lines).toContain(`- New problems (${listedCheckItems + 7}):`);
    expect(lines.filter((line) => line.includes('`gotcha/sole-discretion`'))).toHaveLength(listedCheckItems);
    expect(lines).toContain('  - and 7 more: `npm run check` lists them all.');
    expect(lines).toContain(
      `The head has ${listedCheckItems + 7} check errors in all: \`npm run validate\` lists them.`,
    );
  });

  it('lists exceptions removed and problems fixed', () => {
    const removed: CheckItem = {
      file: 'content/pricing/fees.yaml',
      line: 32,
      ruleId: 'fee/undeclared-amount',
      message: 'A cost.',
    };
    const lines = reviewMarkdown(subject, unchanged, {
      ...noCheckChanges,
      removedExceptions: [removed],
      fixedProblems: [problem(3)],
    }).split('\n');
    expect(lines).toContain('- Exceptions removed (1):');
    expect(lines).toContain('  - `content/pricing/fees.yaml:32` `fee/undeclared-amount`: A cost.');
    expect(lines).toContain('- Problems fixed (1):');
    expect(lines).not.toContain('The transparency check finds no new problems and no new exceptions.');
  });
});
