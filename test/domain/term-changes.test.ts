import { describe, expect, it } from 'vitest';
import { changedTermWords, termWords } from '../../src/domain/policies/term-changes.ts';

describe('changedTermWords', () => {
  it.each([
    ['a number', 'Refunds arrive within 10 days.', 'Refunds arrive within 45 days.', ['10', '45']],
    ['a number in words', 'Refunds arrive within ten days.', 'Refunds arrive within twelve days.', ['ten', 'twelve']],
    ['a unit of time', 'Refunds arrive within 10 days.', 'Refunds arrive within 10 weeks.', ['day', 'week']],
    ['business days', 'Refunds arrive within 10 days.', 'Refunds arrive within 10 business days.', ['business']],
    [
      'a deadline word',
      'We refund the fee within 30 days of installation.',
      'We refund the fee after 30 days.',
      ['within', 'after'],
    ],
    [
      '"at least" for "at most"',
      'You get at least 2 days of notice.',
      'You get at most 2 days of notice.',
      ['least', 'most'],
    ],
    ['"no later than"', 'We reply no later than 5 days after.', 'We reply 5 days after.', ['no', 'later']],
    [
      'a fee component',
      'A <Fee id="late-payment" /> fee applies.',
      'A <Fee id="returned-payment" /> fee applies.',
      ['<Fee id="late-payment" />', '<Fee id="returned-payment" />'],
    ],
    [
      'a price attribute',
      'Then <Price plan="fiber-1000" /> a month.',
      'Then <Price plan="fiber-1000" show="introductory" /> a month.',
      ['<Price plan="fiber-1000" />', '<Price plan="fiber-1000" show="introductory" />'],
    ],
    [
      'a total cost written over lines',
      'Over a year: <TotalCost\n  plan="fiber-1000"\n  months={12}\n/>.',
      'Over a year: <TotalCost\n  plan="fiber-1000"\n  months={6}\n/>.',
      ['<TotalCost plan="fiber-1000" months={12} />', '<TotalCost plan="fiber-1000" months={6} />'],
    ],
    [
      'a quantifier',
      'We credit every full day of an outage.',
      'We credit some days of an outage.',
      ['every', 'full', 'some'],
    ],
    ['"only" added', 'We refund the fee.', 'We refund only the fee.', ['only']],
    ['a negation', 'We never slow down your line.', 'We slow down your line.', ['never']],
    ['a negation with a typographic apostrophe', 'We can\u2019t charge you.', 'We can charge you.', ["can't"]],
    [
      'any contracted negation, with any apostrophe',
      'We shouldn\u02bct and mustn\u2019t.',
      'We should and must.',
      ["shouldn't", "mustn't"],
    ],
    ['a whole sentence', 'We refund the fee. We also credit you.', 'We refund the fee.', ['a sentence removed']],
    [
      'a list item',
      '- You can cancel.\n- We refund the fee.\n- We credit the month.',
      '- You can cancel.\n- We credit the month.',
      ['a sentence removed'],
    ],
    [
      'a clause',
      'We refund unused days when you cancel, and the fee for the installation visit too.',
      'We refund unused days when you cancel.',
      ['8 words removed'],
    ],
  ])('finds %s changed', (_kind, before, after, expected) => {
    expect(changedTermWords(before, after)).toEqual(expected);
  });

  it.each([
    ['a typo fixed', 'We send a chequ by post.', 'We send a cheque by post.'],
    ['a spelling changed', 'We send a check by post.', 'We send a cheque by post.'],
    ['a plural corrected', 'Refunds arrive within 1 days.', 'Refunds arrive within 1 day.'],
    [
      'a clumsy sentence reworded',
      'In the event that you cancel, the unused days are refunded to you within 10 days.',
      'If you cancel, we refund the unused days to you within 10 days.',
    ],
    ['a straight apostrophe made typographic', "We don't charge you.", 'We don\u2019t charge you.'],
    [
      'a sentence split in two',
      'We refund the fee, and we credit the month.',
      'We refund the fee. We credit the month.',
    ],
    ['a component respaced', 'A <Fee id="late-payment" /> fee.', 'A <Fee\n  id="late-payment" /> fee.'],
  ])('passes %s', (_kind, before, after) => {
    expect(changedTermWords(before, after)).toEqual([]);
  });
});

describe('termWords', () => {
  it('reads a component whole and keeps its words out of the prose', () => {
    expect(termWords('Leaving costs <Fee id="early-termination" /> in the first month.')).toEqual([
      '<Fee id="early-termination" />',
      'first',
      'month',
    ]);
  });
  it('stays linear on a long run of tags and punctuation', () => {
    const start = performance.now();
    // Quadratic work on these would take minutes.
    termWords(`${'<Fee'.repeat(20_000)} ${'.'.repeat(50_000)} ${'<'.repeat(50_000)}`);
    changedTermWords('.\n'.repeat(50_000), '. '.repeat(50_000));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
