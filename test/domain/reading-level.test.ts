import { describe, expect, it } from 'vitest';
import { readingLevel } from '../../src/domain/text/reading-level.ts';
import { checkText } from '../../src/rules/engine.ts';
import readabilityRule from '../../src/rules/plain/readability.ts';

describe('readingLevel', () => {
  it('counts body sentences of three words or more, their words and syllables', () => {
    // Headings and front matter do not count; "We refund you." is 3 words, 4 syllables.
    const level = readingLevel(
      'p.mdx',
      '---\ntitle: A long title that is not counted\n---\n\n## Refunds\n\nWe refund you. Cancel online today.\n',
      'policy',
    );
    expect(level).toMatchObject({ sentences: 2, words: 6, minutes: 1 });
    // re-fund (2) + can-cel (2) + on-line (2) + to-day (2) + we, you (1 each) = 10 syllables.
    expect(level.syllables).toBe(10);
    // 0.39 × 3 + 11.8 × 10/6 − 15.59
    expect(level.grade).toBeCloseTo(0.39 * 3 + (11.8 * 10) / 6 - 15.59, 5);
  });

  it('rounds minutes up at 230 words a minute', () => {
    const body = Array.from({ length: 80 }, () => 'We answer within one day.').join(' ');
    expect(readingLevel('p.mdx', body, 'policy')).toMatchObject({ words: 400, minutes: 2 });
  });

  it('gives the grade plain/readability judges', () => {
    // Long words, long sentences: above grade 12, which the rule refuses.
    const hard = Array.from(
      { length: 12 },
      () =>
        'Notwithstanding anything contained hereinabove, the subscriber irrevocably acknowledges the ' +
        'applicability of supplementary administrative considerations.',
    ).join(' ');
    const grade = Math.round(readingLevel('p.mdx', hard, 'policy').grade * 10) / 10;
    const [diagnostic] = checkText('p.mdx', hard, 'policy', { rules: [readabilityRule] }).diagnostics;
    expect(diagnostic?.message).toContain(`grade ${grade} `);
  });
});
