import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, fewNames, nearestNames } from '../../src/domain/text/nearest.ts';

const fees = [
  'installation',
  'emergency-911',
  'router-rental',
  'static-ip',
  'paper-bill',
  'late-payment',
  'returned-payment',
  'equipment-not-returned',
  'repair-visit',
  'moving-service',
  'ridge-road-early-termination',
];

describe('editDistance', () => {
  it.each([
    ['instalation', 'installation', 1],
    ['installtion', 'installation', 1],
    ['instaltlaion', 'installation', 2],
    ['static-pi', 'static-ip', 1],
    ['', 'fees', 4],
    ['fees', 'fees', 0],
    ['café', 'cafe', 1],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('nearestNames', () => {
  it.each([
    ['instalation', ['installation']],
    ['Installation', ['installation']],
    ['late_payment', ['late-payment']],
    ['retruned-payment', ['returned-payment']],
    ['router-rentl', ['router-rental']],
  ])('suggests %s → %j', (written, expected) => {
    expect(nearestNames(written, fees)).toEqual(expected);
  });
  it.each(['refund', 'modem', 'billing', 'tv', 'ip', 'payment', 'service'])('suggests nothing for %s', (written) => {
    expect(nearestNames(written, fees)).toEqual([]);
  });
  it('gives every name equally near, in order', () => {
    expect(nearestNames('fiber-500', ['fiber-300', 'fiber-1000', 'fiber-200'])).toEqual(['fiber-200', 'fiber-300']);
  });
  it('allows one slip in three characters of the shorter name', () => {
    expect(nearestNames('tag', ['tags'])).toEqual(['tags']);
    expect(nearestNames('ta', ['tag'])).toEqual([]);
  });
});

describe('didYouMean', () => {
  it('asks about the near name and leaves a long list out', () => {
    expect(didYouMean('instalation', fees, 'Known fees')).toBe('Did you mean "installation"?');
  });
  it('cuts a long list short when nothing is near', () => {
    const text = didYouMean('modem', fees, 'Known fees');
    expect(text).toMatch(/^Known fees: emergency-911, equipment-not-returned, .* and 3 more\.$/);
    expect(text.split(', ')).toHaveLength(fewNames);
  });
  it('lists a short list in full, with or without a suggestion', () => {
    expect(didYouMean('outtage', ['outage', 'service-credit'])).toBe(
      'Did you mean "outage"? Known ids: outage, service-credit.',
    );
    expect(didYouMean('downtime', ['outage', 'service-credit'])).toBe('Known ids: outage, service-credit.');
  });
  it('says when nothing is known', () => {
    expect(didYouMean('outage', [], 'Known terms')).toBe('Known terms: none yet.');
  });
});
