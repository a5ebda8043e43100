/**
 * `npm run train -- <dir>`: trains the clause model the check ships
 * (`src/rules/model/weights.json`) from the CLAUDETTE corpora in <dir>, and
 * with `--cv` measures it first by cross-validation that leaves whole
 * services out: the 2017 and 2021 versions of one service are always in the
 * same fold, so no figure is measured on a document the model learnt from.
 *
 * One-vs-rest logistic regression per category over the features of
 * `src/rules/model/features.ts`, fitted by stochastic gradient descent in a
 * fixed, seeded order: the same corpora give the same weights, byte for byte.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from '../src/cli/command-line.ts';
import { sentencesOf } from '../src/domain/text/sentences.ts';
import { proseDocument } from '../src/reader/prose-document.ts';
import { proseInputOfText } from '../src/reader/read-content.ts';
import { categoryRules, modelRules } from '../src/rules/model/category-rules.ts';
import { ruleFeature, sentenceFeatures } from '../src/rules/model/features.ts';
import { flaggedCategories, type LinearModel } from '../src/rules/model/linear-model.ts';
import { readCorpus, type Sentence } from './corpus.ts';

const categories = Object.keys(categoryRules);

/** The settings, chosen by the cross-validation below and kept fixed. */
export const settings = {
  folds: 5,
  epochs: 12,
  learningRate: 0.2,
  l2: 1e-5,
  /** How much more an unfair sentence weighs than a fair one: they are one in ten. */
  positiveWeight: 3,
  /** A feature must occur in this many training sentences to get a weight. */
  minCount: 3,
  threshold: 0.5,
  /** Weights smaller than this are dropped from the shipped file. */
  prune: 0.01,
};

interface Example {
  /** The service, lower-cased: both versions of a service share it. */
  group: string;
  corpus: 2017 | 2021;
  features: Set<string>;
  labels: Set<string>;
  unfair: boolean;
}

/** Reads every sentence of a corpus the way the check reads prose, one sentence per paragraph. */
function examplesOf(sentences: Sentence[], corpus: 2017 | 2021): Example[] {
  const byDoc = new Map<string, Sentence[]>();
  for (const sentence of sentences) byDoc.set(sentence.doc, [...(byDoc.get(sentence.doc) ?? []), sentence]);
  const examples: Example[] = [];
  for (const [doc, docSentences] of byDoc) {
    const starts: number[] = [];
    let text = '';
    for (const sentence of docSentences) {
      if (text !== '') text += '\n\n';
      starts.push(text.length);
      text += sentence.text.replace(/\n/g, ' ');
    }
    const perParagraph = docSentences.map(() => new Set<string>());
    for (const read of sentencesOf(proseDocument(proseInputOfText('corpus.md', text, 'policy')))) {
      let index = starts.length - 1;
      while (index > 0 && (starts[index] as number) > read.range.start) index -= 1;
      for (const feature of sentenceFeatures(read, modelRules)) perParagraph[index]?.add(feature);
    }
    docSentences.forEach((sentence, i) =>
      examples.push({
        group: doc.toLowerCase(),
        corpus,
        features: perParagraph[i] as Set<string>,
        labels: new Set(sentence.labels),
        unfair: sentence.unfair,
      }),
    );
  }
  return examples;
}

/** A small seeded generator (mulberry32), so that training is repeatable. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fits the weights of every category on some examples. */
function train(examples: readonly Example[]): LinearModel {
  const counts = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([, n]) => n >= settings.minCount)
    .map(([feature]) => feature)
    .sort();
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const k = categories.length;
  const weights = new Float64Array(vocabulary.length * k);
  const bias = new Float64Array(k);
  const rows = examples.map((example) => ({
    features: [...example.features]
      .map((f) => index.get(f))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b),
    targets: categories.map((c) => (example.labels.has(c) ? 1 : 0)),
  }));
  const random = seeded(20170101);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = settings.learningRate / (1 + epoch);
    for (const r of order) {
      const row = rows[r] as (typeof rows)[number];
      for (let c = 0; c < k; c += 1) {
        let sum = bias[c] as number;
        for (const f of row.features) sum += weights[f * k + c] as number;
        const target = row.targets[c] as number;
        const gradient = (1 / (1 + Math.exp(-sum)) - target) * (target === 1 ? settings.positiveWeight : 1);
        bias[c] = (bias[c] as number) - rate * gradient;
        for (const f of row.features) {
          const w = weights[f * k + c] as number;
          weights[f * k + c] = w - rate * (gradient + settings.l2 * w);
        }
      }
    }
  }
  const kept: Record<string, number[]> = {};
  vocabulary.forEach((feature, f) => {
    const row = Array.from(weights.subarray(f * k, f * k + k), (w) =>
      Math.abs(w) < settings.prune ? 0 : Math.round(w * 1000) / 1000,
    );
    if (row.some((w) => w !== 0)) kept[feature] = row;
  });
  return {
    trainedOn: '',
    categories,
    threshold: settings.threshold,
    bias: Array.from(bias, (b) => Math.round(b * 1000) / 1000),
    weights: kept,
  };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
function add(counts: Counts, predicted: boolean, gold: boolean) {
  if (predicted && gold) counts.tp += 1;
  else if (predicted) counts.fp += 1;
  else if (gold) counts.fn += 1;
}
function score({ tp, fp, fn }: Counts) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return [precision, recall, f1].map((x) => x.toFixed(3)).join(' | ');
}

/** The categories the eight CLAUDETTE rules find in an example. */
function ruleCategories(example: Example): Set<string> {
  return new Set(
    Object.entries(categoryRules)
      .filter(([, ids]) => ids.some((id) => example.features.has(ruleFeature(id))))
      .map(([category]) => category),
  );
}

/** Leave-services-out cross-validation: rules alone, the model alone, and both. */
function crossValidate(examples: readonly Example[]): string {
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const foldOf = new Map(groups.map((group, i) => [group, i % settings.folds]));
  const predictions = new Map<Example, Set<string>>();
  for (let fold = 0; fold < settings.folds; fold += 1) {
    const model = train(examples.filter((e) => foldOf.get(e.group) !== fold));
    for (const example of examples.filter((e) => foldOf.get(e.group) === fold))
      predictions.set(example, new Set(flaggedCategories(model, example.features).map((f) => f.category)));
  }
  const lines: string[] = [];
  for (const [name, subset] of [
    ['CLAUDETTE 2017 (50 services)', examples.filter((e) => e.corpus === 2017)],
    ['CLAUDETTE 2021 development subset (24 services)', examples.filter((e) => e.corpus === 2021)],
  ] as const) {
    const ways = {
      'rules alone': (e: Example) => ruleCategories(e),
      'model alone': (e: Example) => predictions.get(e) as Set<string>,
      'rules and model': (e: Example) => new Set([...ruleCategories(e), ...(predictions.get(e) as Set<string>)]),
    };
    lines.push(`#### ${name}`, '', '| unfair vs fair, pooled | precision | recall | F1 |', '| --- | --- | --- | --- |');
    for (const [way, predict] of Object.entries(ways)) {
      const pooled = empty();
      for (const e of subset) add(pooled, predict(e).size > 0, e.unfair);
      lines.push(`| ${way} | ${score(pooled)} |`);
    }
    lines.push(
      '',
      '| category | gold | rules P / R / F1 | model P / R / F1 | both P / R / F1 |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const category of categories) {
      const cells = Object.values(ways).map((predict) => {
        const counts = empty();
        for (const e of subset) add(counts, predict(e).has(category), e.labels.has(category));
        return score(counts).replace(/ \| /g, ' / ');
      });
      lines.push(`| ${category} | ${subset.filter((e) => e.labels.has(category)).length} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const { positionals, values } = parseCommandLine({
  name: 'train',
  positionals: true,
  usage: `Usage: npm run train -- <folder> [--cv]

Trains the clause model from the CLAUDETTE corpora in <folder>
(claudette-2017/ and claudette-2021-dev/) and writes
src/rules/model/weights.json.

Options:
  --cv     first measure it by cross-validation, leaving whole services out,
           and print the figures as Markdown for BENCHMARKS.md
  --help   show this help`,
  options: { cv: { type: 'boolean' } },
});
const dir = positionals[0];
if (dir === undefined || !existsSync(join(dir, 'claudette-2017/sentences.jsonl'))) {
  process.stderr.write('Usage: npm run train -- <folder with claudette-2017/ and claudette-2021-dev/>\n');
  process.exitCode = 2;
} else {
  const started = performance.now();
  const examples = [
    ...examplesOf(readCorpus(join(dir, 'claudette-2017/sentences.jsonl'), 2017), 2017),
    ...examplesOf(readCorpus(join(dir, 'claudette-2021-dev/sentences.jsonl'), 2021), 2021),
  ];
  if (values.cv) process.stdout.write(`${crossValidate(examples)}\n`);
  const model = train(examples);
  model.trainedOn =
    `CLAUDETTE 2017 (50 terms of service; UNFAIR-ToS in LexGLUE, CC BY 4.0) and CLAUDETTE 2021 ` +
    `(24 terms of service, CC BY 4.0): ${examples.length} sentences, ` +
    `${examples.filter((e) => e.unfair).length} labelled unfair`;
  const out = new URL('../src/rules/model/weights.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  process.stderr.write(
    `Trained on ${examples.length} sentences in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${Object.keys(model.weights).length} features kept, written to src/rules/model/weights.json.\n`,
  );
}
