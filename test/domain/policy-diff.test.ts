import { describe, expect, it } from 'vitest';
import { changedWithContext, policyDiff, type DiffBlock } from '../../src/domain/policies/policy-diff.ts';
import { policyTextBlocks } from '../../src/domain/policies/policy-text.ts';

/** The diff as a string: [+inserted+] and [-deleted-], one line per block. */
const show = (blocks: readonly DiffBlock[]) =>
  blocks
    .map((block) =>
      block.segments
        .map((s) => (s.change === 'inserted' ? `[+${s.text}+]` : s.change === 'deleted' ? `[-${s.text}-]` : s.text))
        .join(''),
    )
    .join('\n');

describe('policyTextBlocks', () => {
  it('keeps headings, paragraphs, list items and table rows as the reader sees them', () => {
    const body =
      '## Late fees\n\nA fee of <Fee id="late-payment" /> applies **after** [14 days](/x/).\n\n- one\n- two\n\n' +
      '| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n\n{/* a comment */}\n';
    const blocks = policyTextBlocks(body, (name, attributes) =>
      name === 'Fee' ? `$10 (${attributes['id']})` : undefined,
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Late fees' },
      { kind: 'paragraph', text: 'A fee of $10 (late-payment) applies after 14 days.' },
      { kind: 'paragraph', text: 'one' },
      { kind: 'paragraph', text: 'two' },
      { kind: 'paragraph', text: 'a · b' },
      { kind: 'paragraph', text: '1 · 2' },
    ]);
  });
  it("uses the text between a component's tags when it has no text of its own", () => {
    expect(policyTextBlocks('We keep your <Term id="data">data</Term> safe.')).toEqual([
      { kind: 'paragraph', text: 'We keep your data safe.' },
    ]);
  });
});

describe('policyDiff', () => {
  const p = (text: string) => ({ kind: 'paragraph' as const, text });
  const h = (text: string) => ({ kind: 'heading' as const, text });

  it('marks the words that changed inside an edited paragraph', () => {
    const diff = policyDiff(
      [p('You can ask for a refund within 14 days.')],
      [p('You can ask for a full refund within 30 days.')],
    );
    expect(show(diff.blocks)).toBe('You can ask for a [+full +]refund within [-14-][+30+] days.');
    expect(diff.wordsInserted).toBe(2);
    expect(diff.wordsDeleted).toBe(1);
  });

  it('shows a new paragraph as inserted and a removed one as deleted, leaving the others alone', () => {
    const before = [
      h('Refunds'),
      p('We refund within 14 days.'),
      p('Keep your receipt.'),
      h('Fees'),
      p('There is no fee.'),
    ];
    const after = [
      h('Refunds'),
      p('We refund within 14 days.'),
      h('Fees'),
      p('There is no fee.'),
      p('We never add one later.'),
    ];
    const diff = policyDiff(before, after);
    expect(show(diff.blocks)).toBe(
      [
        'Refunds',
        'We refund within 14 days.',
        '[-Keep your receipt.-]',
        'Fees',
        'There is no fee.',
        '[+We never add one later.+]',
      ].join('\n'),
    );
    expect(diff.blocks.map((block) => block.changed)).toEqual([false, false, true, false, false, true]);
  });

  it('finds nothing to mark in identical versions', () => {
    const diff = policyDiff([h('A'), p('Same text.')], [h('A'), p('Same text.')]);
    expect(diff.blocks.every((block) => !block.changed)).toBe(true);
    expect(diff.wordsInserted + diff.wordsDeleted).toBe(0);
  });

  it('keeps, as context, the heading of each section with a change, and counts what it leaves out', () => {
    const before = [h('One'), p('a'), p('b'), h('Two'), p('c'), p('d'), p('e')];
    const after = [h('One'), p('a'), p('b'), h('Two'), p('c'), p('D changed'), p('e')];
    const entries = changedWithContext(policyDiff(before, after).blocks);
    expect(entries.map((entry) => ('count' in entry ? `(${entry.count} unchanged)` : show([entry])))).toEqual([
      '(3 unchanged)',
      'Two',
      '(1 unchanged)',
      '[-d-][+D changed+]',
      '(1 unchanged)',
    ]);
  });
});

describe('policyDiff on hostile input', () => {
  const p = (text: string) => ({ kind: 'paragraph' as const, text });
  const words = (n: number, word: (i: number) => string) => Array.from({ length: n }, (_, i) => word(i)).join(' ');

  it('shows a paragraph rewritten beyond the edit bound as deleted and inserted, quickly', () => {
    // 20,000 words with nothing in common: unbounded, Myers' diff would take minutes.
    const before = p(words(20_000, (i) => `a${i}`));
    const after = p(words(20_000, (i) => `b${i}`));
    const started = performance.now();
    const diff = policyDiff([before], [after]);
    const elapsed = performance.now() - started;
    expect(diff.blocks.map((block) => block.segments.map((s) => s.change))).toEqual([['deleted'], ['inserted']]);
    expect(diff.wordsDeleted).toBe(20_000);
    expect(diff.wordsInserted).toBe(20_000);
    console.info(`20,000-word rewrite diffed in ${elapsed.toFixed(0)} ms`);
  });

  it('pairs the blocks of two texts with no block in common beyond the bound, and still marks their words', () => {
    const before = Array.from({ length: 3_000 }, (_, i) => p(`old ${i}`));
    const after = Array.from({ length: 3_000 }, (_, i) => p(`new ${i}`));
    const diff = policyDiff(before, after);
    expect(diff.blocks.length).toBe(3_000);
    expect(diff.blocks.every((block) => block.changed)).toBe(true);
    expect(show(diff.blocks.slice(0, 1))).toBe('[-old-][+new+] 0');
  });
});
