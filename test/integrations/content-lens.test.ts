import { describe, expect, it } from 'vitest';
import { excerpt, lensReport, plainText } from '../../src/integrations/content-lens.ts';
import { checkContent } from '../../src/rules/check-content.ts';
import { ContentTree } from '../helpers/content-tree.ts';
import { sampleNow } from '../helpers/tree-check.ts';

describe('excerpt', () => {
  const text = 'first line\r\nWe may refuse at our sole discretion.\nthird line';
  it.each([
    [{ line: 2, column: 22, endLine: 2, endColumn: 37 }, 'sole discretion'],
    [{ line: 2, column: 22 }, 'sole discretion.'],
    [{ line: 1, column: 7, endLine: 3, endColumn: 6 }, 'line We may refuse at our sole discretion. third'],
    [{ line: 0, column: 0 }, ''],
  ])('takes %j from the source', (span, expected) => {
    expect(excerpt(text, span)).toBe(expected);
  });

  it('is empty for a file without text', () => {
    expect(excerpt(undefined, { line: 1, column: 1 })).toBe('');
  });
});

describe('plainText', () => {
  it.each([
    ['call **us** on _any_ day', 'call us on any day'],
    ['see the [fee list](/pricing/fees/) first', 'see the fee list first'],
    ['costs <Price plan="fiber-300" /> a month', 'costs a month'],
    ['- **Phone:** call   us', 'Phone: call us'],
    ['## When service ends', 'When service ends'],
    ['a \\* star', 'a * star'],
  ])('reads %j as %j', (source, expected) => {
    expect(plainText(source)).toBe(expected);
  });

  it('takes time in proportion to its input, even for unclosed links and elements', () => {
    const hostile = '[a]('.repeat(20_000) + '<a'.repeat(20_000) + '[['.repeat(20_000);
    const start = performance.now();
    plainText(hostile);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});

describe('lensReport', () => {
  it('gives each problem of a real check the text it flags', async () => {
    const tree = new ContentTree();
    try {
      tree.replace(
        'policies/cancellation/2025-03-01.mdx',
        'Service ends at the end of the day you choose.',
        'Service ends at the end of the day you choose. We may refuse at our sole discretion.',
      );
      const result = await checkContent(tree.dir, '.', { now: sampleNow });
      const report = lensReport(result, result.tree.files, false);
      expect(report.checking).toBe(false);
      expect(report.problems).toEqual([
        expect.objectContaining({
          ruleId: 'gotcha/sole-discretion',
          severity: 'error',
          file: 'policies/cancellation/2025-03-01.mdx',
          line: 32,
          column: 69,
          url: '/transparency/rules/#rule-gotcha-sole-discretion',
          text: 'sole discretion',
        }),
      ]);
    } finally {
      tree.dispose();
    }
  });
});
