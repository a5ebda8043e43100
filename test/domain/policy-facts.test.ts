import { describe, expect, it } from 'vitest';
import {
  factReferenceProblem,
  factReferences,
  factsInEffect,
  factValuesFrom,
  factVersions,
  fillFactReferences,
  fillFactReferencesIn,
  formatFact,
} from '../../src/domain/policies/policy-facts.ts';
import type { PolicyFact } from '../../src/schemas/policy.ts';

const window = (value: number): PolicyFact => ({
  value,
  unit: 'days',
  about: 'Time to cancel and have the installation fee refunded',
  mentions: ['installation', 'refund'],
});
const versions = factVersions([
  { policy: 'refunds', data: { effective: '2026-12-15', facts: { window: window(60) } } },
  { policy: 'refunds', data: { effective: '2025-03-01', facts: { window: window(30) } } },
  { policy: 'privacy', data: { effective: '2025-01-01', facts: undefined } },
  { policy: 'credits', data: { effective: '2027-01-01', facts: { share: { ...window(10), unit: 'percent' } } } },
]);

describe('factsInEffect', () => {
  it('takes each fact from the latest version in effect on the day', () => {
    expect(factsInEffect(versions, '2026-12-14').get('refunds/window')?.value).toBe(30);
    expect(factsInEffect(versions, '2026-12-15').get('refunds/window')?.value).toBe(60);
  });
  it('has nothing from a policy that is not in effect yet', () => {
    expect([...factsInEffect(versions, '2026-11-29').keys()]).toEqual(['refunds/window']);
  });
});

describe('factValuesFrom', () => {
  it('lists the value in effect, then each scheduled change', () => {
    const values = factValuesFrom(versions, '2026-11-29');
    expect(values.get('refunds/window')?.map((fact) => [fact.value, fact.effective])).toEqual([
      [30, '2025-03-01'],
      [60, '2026-12-15'],
    ]);
    expect(values.get('credits/share')?.map((fact) => fact.value)).toEqual([10]);
  });
});

describe('formatFact', () => {
  it('writes the unit as prose does', () => {
    expect(formatFact({ value: 60, unit: 'days' })).toBe('60 days');
    expect(formatFact({ value: 1, unit: 'months' })).toBe('1 month');
    expect(formatFact({ value: 10, unit: 'percent' })).toBe('10%');
  });
});

describe('fact references', () => {
  const facts = factsInEffect(versions, '2026-11-29');
  it('are found with their offsets', () => {
    expect(factReferences('within {fact:refunds/window} of it')).toEqual([
      { policy: 'refunds', id: 'window', start: 7, end: 28 },
    ]);
  });
  it('are filled with the value in effect', () => {
    expect(fillFactReferences('Refunded within {fact:refunds/window} of installation.', facts)).toBe(
      'Refunded within 30 days of installation.',
    );
    expect(
      fillFactReferencesIn({ note: 'within {fact:refunds/window}', list: ['{fact:refunds/window}', 3] }, facts),
    ).toEqual({ note: 'within 30 days', list: ['30 days', 3] });
  });
  it('throw on a fact that is not in effect, since the page cannot show it', () => {
    expect(() => fillFactReferences('{fact:credits/share}', facts)).toThrow('names no fact in effect');
  });
  it('name what is wrong and what exists', () => {
    expect(factReferenceProblem(versions, 'refunds', 'window', '2026-11-29')).toBeUndefined();
    expect(factReferenceProblem(versions, 'refund', 'window', '2026-11-29')).toBe(
      'There is no policy "refund" (content/policies/refund/).',
    );
    expect(factReferenceProblem(versions, 'refunds', 'windows', '2026-11-29')).toBe(
      'The refunds policy declares no fact "windows". It declares: window.',
    );
    expect(factReferenceProblem(versions, 'credits', 'share', '2026-11-29')).toContain(
      'only a version that is not in effect yet does',
    );
    expect(factReferenceProblem(versions, 'privacy', 'anything', '2026-11-29')).toContain('It declares no facts.');
  });
});
