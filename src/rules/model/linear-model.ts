/**
 * A linear model of unfair clauses: for each category, a weight per feature
 * and a bias; a sentence's score in a category is the logistic of their sum.
 * Plain data and arithmetic, so the check needs no native code, and every
 * score can be explained by the features that weighed most.
 */
import { readFileSync } from 'node:fs';

export interface LinearModel {
  /** What the weights were trained from, and how; shown on /transparency/. */
  trainedOn: string;
  /** The CLAUDETTE categories, in the order of each weight list. */
  categories: readonly string[];
  /** A sentence is flagged in a category when its score reaches this. */
  threshold: number;
  bias: readonly number[];
  /** Feature to its weight in each category; features with no weight are left out. */
  weights: Readonly<Record<string, readonly number[]>>;
}

export interface CategoryScore {
  category: string;
  /** The probability the model gives, from 0 to 1. */
  score: number;
  /** The features that raised the score most, strongest first. */
  because: string[];
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * A model's weights in one array of numbers, each feature's categories side
 * by side, with where each feature starts in it. Every sentence looks up
 * some fifty of twenty thousand features: reading numbers in one array
 * instead of following each feature to a list of its own halves the memory
 * each lookup touches. (A Map also finds a feature faster than a plain
 * object in dictionary mode.)
 */
interface PackedWeights {
  start: ReadonlyMap<string, number>;
  weights: Float64Array;
}

const packedWeights = new WeakMap<LinearModel, PackedWeights>();
function packed(model: LinearModel): PackedWeights {
  let found = packedWeights.get(model);
  if (found === undefined) {
    const entries = Object.entries(model.weights);
    const width = model.bias.length;
    const weights = new Float64Array(entries.length * width);
    const start = new Map<string, number>();
    entries.forEach(([feature, list], index) => {
      start.set(feature, index * width);
      for (let c = 0; c < width; c += 1) weights[index * width + c] = list[c] ?? 0;
    });
    found = { start, weights };
    packedWeights.set(model, found);
  }
  return found;
}

/** The score of every category for a sentence's features. */
export function scoreFeatures(model: LinearModel, features: Iterable<string>): number[] {
  const sums = [...model.bias];
  const { start, weights } = packed(model);
  for (const feature of features) {
    const at = start.get(feature);
    if (at === undefined) continue;
    for (let c = 0; c < sums.length; c += 1) sums[c] = (sums[c] as number) + (weights[at + c] as number);
  }
  return sums.map(logistic);
}

/** The categories a sentence is flagged in, each with the features that weighed most for it. */
export function flaggedCategories(model: LinearModel, features: ReadonlySet<string>, explain = 3): CategoryScore[] {
  const scores = scoreFeatures(model, features);
  const flagged: CategoryScore[] = [];
  scores.forEach((score, c) => {
    if (score < model.threshold) return;
    const because = [...features]
      .map((feature) => ({ feature, weight: model.weights[feature]?.[c] ?? 0 }))
      .filter(({ weight }) => weight > 0)
      .sort((a, b) => b.weight - a.weight || a.feature.localeCompare(b.feature))
      .slice(0, explain)
      .map(({ feature }) => feature);
    flagged.push({ category: model.categories[c] as string, score, because });
  });
  return flagged.sort((a, b) => b.score - a.score);
}

let shipped: LinearModel | undefined;

/** The model committed with the project (`npm run train` writes it). */
export function shippedModel(): LinearModel {
  shipped ??= JSON.parse(readFileSync(new URL('./weights.json', import.meta.url), 'utf8')) as LinearModel;
  return shipped;
}
