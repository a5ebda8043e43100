import { describe, expect, it } from 'vitest';
import { dataIncludedText, speedText, speedsAtAGlance } from '../../src/domain/pricing/broadband.ts';

describe('broadband facts in words', () => {
  it('says speeds in Mbps below a gigabit and in Gbps from one', () => {
    expect(speedText(290, 'en-US')).toBe('290 Mbps');
    expect(speedText(940, 'en-US')).toBe('940 Mbps');
    expect(speedText(1880, 'en-US')).toBe('1.9 Gbps');
    expect(speedsAtAGlance(290, 285, 'en-US')).toBe('290 Mbps down, 285 Mbps up');
  });

  it('says the data included, or that there is no cap', () => {
    expect(dataIncludedText('unlimited', 'month', 'en-US')).toMatch(/no data cap/);
    expect(dataIncludedText(1200, 'month', 'en-US')).toBe('1,200 GB a month');
  });
});
