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
  /**
   * Each word of a feature, with the word's number among the features (-1
   * for a word that is only the first of pairs) and the number of each pair
   * it begins, by the second word (`features.ts` writes a pair as `first
   * second`): a sentence's words and pairs are then found with one lookup
   * in the large map per word, and no string built per pair.
   */
  words: ReadonlyMap<string, WordWeights>;
  weights: Float64Array;
  /** Which features a sentence has added already, by feature: its number, when it did. */
  seen: Uint32Array;
}

/** The number of the sentence `scoreWords` scores, for `seen`. */
let scored = 0;

/** A word's own feature and the pairs it begins, by feature number. */
interface WordWeights {
  index: number;
  pairs: Map<string, number> | undefined;
}

const packedWeights = new WeakMap<LinearModel, PackedWeights>();
function packed(model: LinearModel): PackedWeights {
  let found = packedWeights.get(model);
  if (found === undefined) {
    const entries = Object.entries(model.weights);
    const width = model.bias.length;
    const weights = new Float64Array(entries.length * width);
    const start = new Map<string, number>();
    const words = new Map<string, WordWeights>();
    const wordOf = (word: string) => {
      let known = words.get(word);
      if (known === undefined) words.set(word, (known = { index: -1, pairs: undefined }));
      return known;
    };
    entries.forEach(([feature, list], index) => {
      start.set(feature, index * width);
      const space = feature.indexOf(' ');
      if (space === -1) wordOf(feature).index = index;
      else (wordOf(feature.slice(0, space)).pairs ??= new Map()).set(feature.slice(space + 1), index);
      for (let c = 0; c < width; c += 1) weights[index * width + c] = list[c] ?? 0;
    });
    found = { start, words, weights, seen: new Uint32Array(entries.length) };
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

/**
 * What `scoreFeatures(model, wordFeatures(words))` gives, bit for bit, for
 * a sentence's words as `features.ts` writes them (`#`, `$`): each word
 * and each pair of neighbours, each feature once, added in the same order;
 * but with no string built per pair and no set. Most sentences are scored
 * and few flagged, so this is what the check runs on each.
 */
export function scoreWords(model: LinearModel, words: readonly string[]): number[] {
  const sums = [...model.bias];
  const { words: known, weights, seen } = packed(model);
  if (scored === 0xffffffff) {
    seen.fill(0);
    scored = 0;
  }
  scored += 1;
  const width = sums.length;
  const add = (feature: number | undefined) => {
    if (feature === undefined || feature === -1 || seen[feature] === scored) return;
    seen[feature] = scored;
    const at = feature * width;
    for (let c = 0; c < width; c += 1) sums[c] = (sums[c] as number) + (weights[at + c] as number);
  };
  let previous: WordWeights | undefined;
  for (const word of words) {
    const weighed = known.get(word);
    add(weighed?.index);
    add(previous?.pairs?.get(word));
    previous = weighed;
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
