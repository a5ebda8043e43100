import { describe, expect, it } from 'vitest';
import { rulesOfPromises } from '../../src/domain/check-promises.ts';

const rules = [
  { id: 'fee/undeclared-amount', family: 'fee' },
  { id: 'fee/asterisk-price', family: 'fee' },
  { id: 'gotcha/arbitration', family: 'gotcha' },
  { id: 'gotcha/cancellation-channel', family: 'gotcha' },
];
const ids = (map: Map<string, Array<{ id: string }>>) =>
  Object.fromEntries([...map].map(([promise, list]) => [promise, list.map((rule) => rule.id)]));

describe('rulesOfPromises', () => {
  it('gives a rule named by id to that promise, and the rest of a family to the promise that names it', () => {
    const claims = [
      { id: 'prices', rules: ['fee/asterisk-price'] },
      { id: 'fees', families: ['fee'] },
      { id: 'cancel', rules: ['gotcha/cancellation-channel'] },
      { id: 'fair', families: ['gotcha'] },
    ];
    expect(ids(rulesOfPromises(claims, rules))).toEqual({
      prices: ['fee/asterisk-price'],
      fees: ['fee/undeclared-amount'],
      cancel: ['gotcha/cancellation-channel'],
      fair: ['gotcha/arbitration'],
    });
  });

  it('refuses a promise that names a rule that does not exist, so nothing unchecked is promised', () => {
    expect(() => rulesOfPromises([{ id: 'all', families: ['fee', 'gotcha'], rules: ['fee/hidden'] }], rules)).toThrow(
      'The promise "all" names the rule "fee/hidden", which does not exist.',
    );
  });

  it('refuses a rule that keeps no promise, and a rule or family claimed twice', () => {
    expect(() => rulesOfPromises([{ id: 'fees', families: ['fee'] }], rules)).toThrow(
      'The rule "gotcha/arbitration" keeps no promise',
    );
    expect(() =>
      rulesOfPromises(
        [
          { id: 'a', rules: ['fee/asterisk-price'], families: ['fee', 'gotcha'] },
          { id: 'b', rules: ['fee/asterisk-price'] },
        ],
        rules,
      ),
    ).toThrow('The rule "fee/asterisk-price" is named by both "a" and "b".');
    expect(() =>
      rulesOfPromises(
        [
          { id: 'a', families: ['fee', 'gotcha'] },
          { id: 'b', families: ['fee'] },
        ],
        rules,
      ),
    ).toThrow('The family "fee" is claimed by both "a" and "b".');
  });
});
