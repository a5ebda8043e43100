import { describe, expect, it } from 'vitest';
import { buildNow, daysBetween, isoDay } from '../../src/domain/dates.ts';
import { countWords } from '../../src/domain/reading-time.ts';

describe('buildNow', () => {
  it('uses SOURCE_DATE_EPOCH when set, so builds are reproducible', () => {
    expect(buildNow({ SOURCE_DATE_EPOCH: '1795305600' }, () => 0).toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });
  it('falls back to the clock', () => {
    expect(buildNow({}, () => 86_400_000).toISOString()).toBe('1970-01-02T00:00:00.000Z');
    expect(buildNow({ SOURCE_DATE_EPOCH: '' }, () => 0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });
  it('refuses a value that is not whole seconds', () => {
    expect(() => buildNow({ SOURCE_DATE_EPOCH: '2026-11-22' })).toThrow(/SOURCE_DATE_EPOCH must be a whole number/);
  });
});

describe('daysBetween and isoDay', () => {
  it('counts calendar days across month and leap-year ends', () => {
    expect(daysBetween('2026-11-10', '2026-12-15')).toBe(35);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });
  it('takes the UTC day of a moment', () => {
    expect(isoDay(new Date('2026-11-22T23:59:59Z'))).toBe('2026-11-22');
  });
});

describe('reading time', () => {
  it('counts words, not punctuation or spaces', () => {
    expect(countWords('Cancel online — in one click, any day.')).toBe(7);
  });
});

describe('describeChannels', () => {
  it('reads as a phrase with "or"', async () => {
    const { describeChannels } = await import('../../src/domain/channels.ts');
    expect(describeChannels(['online', 'phone', 'store'], 'en-US')).toBe('online, by phone, or in our shop');
    expect(describeChannels(['phone'], 'en-US')).toBe('by phone');
  });
});
