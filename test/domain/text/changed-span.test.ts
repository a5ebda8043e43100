import { describe, expect, it } from 'vitest';
import { changedSpan, changedSpans, quoteChange, sameWords } from '../../../src/domain/text/changed-span.ts';

describe('changedSpan', () => {
  it.each([
    ['within 10 days', 'within 45 days', { beforeStart: 7, beforeEnd: 9, afterStart: 7, afterEnd: 9 }],
    ['within 10 days', 'within 100 days', { beforeStart: 9, beforeEnd: 9, afterStart: 9, afterEnd: 10 }],
    ['a cheque', 'a check', { beforeStart: 5, beforeEnd: 8, afterStart: 5, afterEnd: 7 }],
    ['aaa', 'aaaa', { beforeStart: 3, beforeEnd: 3, afterStart: 3, afterEnd: 4 }],
  ])('%j → %j', (before, after, span) => {
    expect(changedSpan(before, after)).toEqual(span);
  });
  it('is undefined for equal texts', () => expect(changedSpan('same', 'same')).toBeUndefined());
});

describe('changedSpans', () => {
  it('gives one place per changed line when the lines line up', () => {
    const before = 'One 10.\nTwo.\nThree no.\n';
    const after = 'One 45.\nTwo.\nThree.\n';
    expect(changedSpans(before, after).map((s) => after.slice(s.afterStart, s.afterEnd))).toEqual(['45', '']);
    expect(changedSpans(before, after).map((s) => before.slice(s.beforeStart, s.beforeEnd))).toEqual(['10', ' no']);
  });
  it('ignores a line that differs only in spacing, and falls back to one span when lines are added', () => {
    expect(changedSpans('a  b\nc', 'a b\nc')).toEqual([]);
    expect(changedSpans('a\nb', 'a\nx\nb')).toEqual([{ beforeStart: 2, beforeEnd: 2, afterStart: 2, afterEnd: 4 }]);
  });
});

describe('sameWords and quoteChange', () => {
  it('treats spacing and line breaks as no change', () => {
    expect(sameWords('a b\nc', ' a  b c ')).toBe(true);
    expect(sameWords('a b', 'a c')).toBe(false);
  });
  it('quotes the change with whole words around it, shortened with ellipses', () => {
    const before = `${'word '.repeat(30)}within 10 days. ${'more '.repeat(30)}`;
    const after = before.replace('10', '45');
    const quoted = quoteChange(before, after);
    expect(quoted.before).toMatch(/^"….*within 10 days\..*…"$/);
    expect(quoted.after).toMatch(/^"….*within 45 days\..*…"$/);
    expect(quoteChange('', 'new').before).toBe('nothing');
  });
  it('is linear: a megabyte of one repeated character is compared at once', () => {
    const long = '.'.repeat(1_000_000);
    const started = performance.now();
    expect(changedSpans(long, `${long}x`)).toHaveLength(1);
    expect(quoteChange(long, `${long}x`).after).toMatch(/x"$/);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
