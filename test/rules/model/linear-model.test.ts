import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { tokenize } from '../../../src/domain/text/tokens.ts';
import { wordFeatures, wordOf } from '../../../src/rules/model/features.ts';
import {
  flaggedCategories,
  scoreFeatures,
  scoreWords,
  shippedModel,
  type LinearModel,
} from '../../../src/rules/model/linear-model.ts';

const toy: LinearModel = {
  trainedOn: 'a test',
  categories: ['A', 'B'],
  threshold: 0.5,
  bias: [-2, -2],
  weights: { arbitration: [3, 0], binding: [1, -1], court: [0, 0.5] },
};

describe('the linear model', () => {
  it('scores a category as the logistic of its bias plus the weights of the features present', () => {
    const [a, b] = scoreFeatures(toy, ['arbitration', 'binding', 'unknown']);
    expect(a).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
    expect(b).toBeCloseTo(1 / (1 + Math.exp(3)), 10);
  });

  it('flags a category at its threshold and names the features that raised it, strongest first', () => {
    expect(flaggedCategories(toy, new Set(['binding', 'arbitration', 'court']))).toEqual([
      { category: 'A', score: expect.closeTo(1 / (1 + Math.exp(-2)), 10), because: ['arbitration', 'binding'] },
    ]);
    expect(flaggedCategories(toy, new Set(['court']))).toEqual([]);
  });

  it('ships weights under 2 MB, one per category for every feature, with its attribution', () => {
    expect(statSync(new URL('../../../src/rules/model/weights.json', import.meta.url)).size).toBeLessThan(2_000_000);
    const model = shippedModel();
    expect(model.categories).toEqual(['A', 'CH', 'CR', 'J', 'LAW', 'LTD', 'TER', 'USE']);
    expect(model.bias).toHaveLength(8);
    for (const weights of Object.values(model.weights)) expect(weights).toHaveLength(8);
    expect(model.trainedOn).toMatch(/CLAUDETTE 2017.*CC BY 4\.0.*CLAUDETTE 2021/);
  });

  it('adds up the same weights in the same order as the model lists them, to the last bit', () => {
    // The sum as the model's own lists give it, a missing weight counting as 0.
    const byTheLists = (model: LinearModel, features: Iterable<string>) => {
      const sums = [...model.bias];
      for (const feature of features) {
        const weights = model.weights[feature];
        if (weights === undefined) continue;
        for (let c = 0; c < sums.length; c += 1) sums[c] = (sums[c] as number) + (weights[c] ?? 0);
      }
      return sums.map((x) => 1 / (1 + Math.exp(-x)));
    };
    const model = shippedModel();
    for (const text of [
      'We may terminate or suspend your account at any time, for any reason, at our sole discretion.',
      "You won't get a refund of the $45 fee after 30 days.",
      'Courts in the district of Bayside hear every dispute exclusively.',
    ]) {
      const features = wordFeatures(tokenize(text).filter((token) => token.kind !== 'symbol'));
      expect(scoreFeatures(model, features), text).toStrictEqual(byTheLists(model, features));
    }
    const short: LinearModel = { ...toy, weights: { arbitration: [3], binding: [1, -1] } };
    expect(scoreFeatures(short, ['arbitration', 'binding'])).toStrictEqual(
      byTheLists(short, ['arbitration', 'binding']),
    );
  });

  it('scores a sentence from its words as from its set of features, to the last bit', () => {
    const model = shippedModel();
    for (const text of [
      'We may terminate or suspend your account at any time, for any reason, at our sole discretion.',
      // Words and pairs said twice count once, where they are first said.
      'We may change the terms at any time and we may change the price at any time.',
      'Any dispute, any claim and any dispute of $45 or 30 days goes to binding arbitration in Bayside.',
    ]) {
      const words = tokenize(text).filter((token) => token.kind !== 'symbol');
      expect(scoreWords(model, words.map(wordOf)), text).toStrictEqual(scoreFeatures(model, wordFeatures(words)));
    }
    expect(scoreWords(toy, ['binding', 'arbitration', 'binding'])).toStrictEqual(
      scoreFeatures(toy, ['binding', 'arbitration']),
    );
  });
});
