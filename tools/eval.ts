/**
 * `npm run eval -- <dir>`: measures the transparency check on real text that
 * nobody on the team wrote. Not part of the test suite.
 *
 * <dir> holds claudette-2017/, claudette-2021-dev/ and basecamp-policies/
 * (see its README). For CLAUDETTE it prints precision, recall and F1 of the
 * gotcha rules, unfair-vs-fair at sentence level (pooled and averaged per
 * document) and per category; for Basecamp, how often each fee and plain
 * rule fires per 1,000 sentences of real plain-language policy.
 *
 * Each document is written one sentence per paragraph, so that a report's
 * line tells which sentence it is about.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildNow } from '../src/domain/dates.ts';
import { sentencesOf } from '../src/domain/text/sentences.ts';
import { proseDocument } from '../src/reader/prose-document.ts';
import { proseInputOfText } from '../src/reader/read-content.ts';
import { checkText } from '../src/rules/engine.ts';
import { emptyFacts } from '../src/rules/facts.ts';
import { allRules } from '../src/rules/index.ts';
import { categoryRules } from '../src/rules/model/category-rules.ts';
import { parseCommandLine } from '../src/cli/command-line.ts';
import { readCorpus, type Sentence } from './corpus.ts';

const facts = emptyFacts(buildNow(process.env));

// The same map the clause model is trained and cross-validated with.
const categoryOfRule: Record<string, string> = Object.fromEntries(
  Object.entries(categoryRules).flatMap(([category, ids]) => ids.map((id) => [id, category])),
);
const categories = Object.keys(categoryRules);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const score = ({ tp, fp, fn }: Counts) => {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};
const pct = (x: number) => x.toFixed(3);

/** Runs the gotcha rules over a corpus and prints the figures as Markdown tables. */
function evaluateCorpus(name: string, sentences: Sentence[]): string {
  // Every gotcha rule, and the category rules of other families (a price change is CLAUDETTE's CH).
  const gotchaRules = allRules.filter(
    (rule) => rule.meta.id.startsWith('gotcha/') || categoryOfRule[rule.meta.id] !== undefined,
  );
  const byDoc = new Map<string, Sentence[]>();
  for (const sentence of sentences) byDoc.set(sentence.doc, [...(byDoc.get(sentence.doc) ?? []), sentence]);

  const pooled: Counts = { tp: 0, fp: 0, fn: 0 };
  // The same, counting only the eight rules that map to CLAUDETTE's categories:
  // the other gotcha rules find kinds of clause the corpus does not label.
  const pooledCategories: Counts = { tp: 0, fp: 0, fn: 0 };
  const perCategory = new Map<string, Counts>(categories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const perDocF1: number[] = [];
  const ruleHits = new Map<string, number>();
  const started = performance.now();
  let bytes = 0;

  for (const [, docSentences] of byDoc) {
    // One sentence per paragraph: sentence i is on line 2i + 1.
    const text = docSentences.map((s) => s.text.replace(/\n/g, ' ')).join('\n\n');
    bytes += Buffer.byteLength(text);
    const report = checkText('eval.md', text, 'policy', { rules: gotchaRules, facts });
    const flagged = new Map<number, Set<string>>();
    for (const d of report.diagnostics) {
      const index = Math.floor((d.line - 1) / 2);
      flagged.set(index, new Set([...(flagged.get(index) ?? []), d.ruleId]));
      ruleHits.set(d.ruleId, (ruleHits.get(d.ruleId) ?? 0) + 1);
    }
    const doc: Counts = { tp: 0, fp: 0, fn: 0 };
    docSentences.forEach((sentence, index) => {
      const rules = flagged.get(index) ?? new Set<string>();
      const predicted = rules.size > 0;
      if (predicted && sentence.unfair) doc.tp += 1;
      else if (predicted) doc.fp += 1;
      else if (sentence.unfair) doc.fn += 1;
      const predictedCategories = new Set(
        [...rules].map((rule) => categoryOfRule[rule]).filter((c) => c !== undefined),
      );
      if (predictedCategories.size > 0 && sentence.unfair) pooledCategories.tp += 1;
      else if (predictedCategories.size > 0) pooledCategories.fp += 1;
      else if (sentence.unfair) pooledCategories.fn += 1;
      for (const category of categories) {
        const counts = perCategory.get(category) as Counts;
        const gold = sentence.labels.includes(category);
        const hit = predictedCategories.has(category);
        if (hit && gold) counts.tp += 1;
        else if (hit) counts.fp += 1;
        else if (gold) counts.fn += 1;
      }
    });
    pooled.tp += doc.tp;
    pooled.fp += doc.fp;
    pooled.fn += doc.fn;
    if (doc.tp + doc.fn > 0) perDocF1.push(score(doc).f1);
  }
  const seconds = (performance.now() - started) / 1000;
  const overall = score(pooled);
  const averaged = perDocF1.reduce((a, b) => a + b, 0) / Math.max(1, perDocF1.length);
  const lines = [
    `### ${name}`,
    '',
    `${byDoc.size} documents, ${sentences.length} sentences, ${sentences.filter((s) => s.unfair).length} ` +
      `labelled unfair; checked in ${seconds.toFixed(2)} s (${(bytes / 1e6 / seconds).toFixed(2)} MB/s).`,
    '',
    '| unfair vs fair, sentence level | precision | recall | F1 |',
    '| --- | --- | --- | --- |',
    `| pooled, any gotcha/* or category rule | ${pct(overall.precision)} | ${pct(overall.recall)} | ` +
      `${pct(overall.f1)} |`,
    (() => {
      const s = score(pooledCategories);
      return (
        `| pooled, the 8 rules of CLAUDETTE's categories | ${pct(s.precision)} | ${pct(s.recall)} | ` + `${pct(s.f1)} |`
      );
    })(),
    `| averaged per document, any gotcha/* or category rule ` +
      `(F1 of ${perDocF1.length} documents with unfair sentences) | | | ${pct(averaged)} |`,
    '',
    '| category | rule | gold | flagged | precision | recall | F1 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...categories.map((category) => {
      const counts = perCategory.get(category) as Counts;
      const s = score(counts);
      const rule = (categoryRules[category] ?? []).join(', ');
      return (
        `| ${category} | ${rule} | ${counts.tp + counts.fn} | ${counts.tp + counts.fp} | ` +
        `${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`
      );
    }),
    '',
    `Flags by rule (a sentence can have several): ${[...ruleHits]
      .sort((a, b) => b[1] - a[1])
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ')}.`,
    '',
  ];
  return lines.join('\n');
}

/** Counts how often each rule fires on Basecamp's real plain-language policies. */
function evaluateBasecamp(dir: string): string {
  const files = readdirSync(dir).filter(
    (name) => name.endsWith('.md') && !['README.md', 'SOURCE.md', 'LICENSE.md'].includes(name),
  );
  let sentences = 0;
  const hits = new Map<string, number>();
  for (const name of files) {
    const text = readFileSync(join(dir, name), 'utf8');
    sentences += sentencesOf(proseDocument(proseInputOfText(name, text, 'policy'))).length;
    for (const d of checkText(name, text, 'policy', { rules: allRules, facts }).diagnostics)
      hits.set(d.ruleId, (hits.get(d.ruleId) ?? 0) + 1);
  }
  const families = ['fee/', 'plain/', 'gotcha/'];
  const rows = allRules
    .map((rule) => rule.meta.id)
    .filter((id) => (hits.get(id) ?? 0) > 0)
    .sort(
      (a, b) =>
        families.findIndex((f) => a.startsWith(f)) - families.findIndex((f) => b.startsWith(f)) ||
        (hits.get(b) ?? 0) - (hits.get(a) ?? 0),
    )
    .map((id) => `| ${id} | ${hits.get(id)} | ${(((hits.get(id) ?? 0) / sentences) * 1000).toFixed(1)} |`);
  const familyRate = (prefix: string) => {
    const total = [...hits].filter(([id]) => id.startsWith(prefix)).reduce((sum, [, n]) => sum + n, 0);
    return `${total} (${((total / sentences) * 1000).toFixed(1)} per 1,000 sentences)`;
  };
  return [
    '### Basecamp policies (false positives on real plain language)',
    '',
    `${files.length} policies, ${sentences} sentences. Flags: fee/* ${familyRate('fee/')}; ` +
      `plain/* ${familyRate('plain/')}; gotcha/* ${familyRate('gotcha/')} (these policies keep real liability and ` +
      'governing-law clauses, so gotcha flags are expected there). fee/undeclared-amount runs without a fee ' +
      'catalogue here, so every amount in a sentence about paying counts as undeclared.',
    '',
    '| rule | flags | per 1,000 sentences |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/**
 * Measures the fee and gotcha rules, and the model's warnings, on the
 * subscription clauses in test/rules/subscription/: the share of unfair
 * clauses refused and of fair ones flagged, per kind.
 */
function evaluateSubscription(name: string, file: URL): string {
  const parsed = parse(readFileSync(file, 'utf8')) as Array<
    { kind: string; unfair: boolean; text: string } | { kind: string; pairs: Array<{ unfair: string; fair: string }> }
  >;
  const clauses = parsed.flatMap((item) =>
    'pairs' in item
      ? item.pairs.flatMap((pair) => [
          { kind: item.kind, unfair: true, text: pair.unfair },
          { kind: item.kind, unfair: false, text: pair.fair },
        ])
      : [item],
  );
  const rules = allRules.filter(
    (rule) => /^(fee|gotcha|model)\//.test(rule.meta.id) && rule.meta.id !== 'fee/undeclared-amount',
  );
  const byKind = new Map<
    string,
    { unfair: number; caught: number; model: number; fair: number; flagged: number; warned: number }
  >();
  for (const clause of clauses) {
    const found = checkText('clause.md', clause.text, 'policy', { rules, facts }).diagnostics;
    const refused = found.some((d) => d.severity === 'error');
    const warned = !refused && found.some((d) => d.ruleId === 'model/unfair-clause');
    const row = byKind.get(clause.kind) ?? { unfair: 0, caught: 0, model: 0, fair: 0, flagged: 0, warned: 0 };
    if (clause.unfair) {
      row.unfair += 1;
      if (refused) row.caught += 1;
      else if (warned) row.model += 1;
    } else {
      row.fair += 1;
      if (refused) row.flagged += 1;
      else if (warned) row.warned += 1;
    }
    byKind.set(clause.kind, row);
  }
  const share = (n: number, of: number) => `${n}/${of} (${((n / Math.max(1, of)) * 100).toFixed(0)} %)`;
  const total = [...byKind.values()].reduce(
    (sum, row) => ({
      unfair: sum.unfair + row.unfair,
      caught: sum.caught + row.caught,
      model: sum.model + row.model,
      fair: sum.fair + row.fair,
      flagged: sum.flagged + row.flagged,
      warned: sum.warned + row.warned,
    }),
    { unfair: 0, caught: 0, model: 0, fair: 0, flagged: 0, warned: 0 },
  );
  const line = (kind: string, row: typeof total) =>
    `| ${kind} | ${share(row.caught, row.unfair)} | ${row.model} | ${share(row.flagged, row.fair)} | ${row.warned} |`;
  return [
    `### ${name}`,
    '',
    '| kind | unfair refused (error) | more warned by the model | fair refused (error) | fair warned by the model |',
    '| --- | --- | --- | --- | --- |',
    ...[...byKind].map(([kind, row]) => line(kind, row)),
    line('**all**', total),
    '',
  ].join('\n');
}

const { positionals } = parseCommandLine({
  name: 'eval',
  positionals: true,
  usage: `Usage: npm run eval -- <folder>

Measures the transparency check on real terms of service and policies: the
folder holds claudette-2017/, claudette-2021-dev/ and basecamp-policies/.
Prints Markdown for BENCHMARKS.md.

Options:
  --help   show this help`,
  options: {},
});
const dir = positionals[0];
if (dir === undefined || !existsSync(dir)) {
  process.stderr.write(
    'Usage: npm run eval -- <dir with claudette-2017/, claudette-2021-dev/ and basecamp-policies/>\n',
  );
  process.exitCode = 2;
} else {
  const out: string[] = [];
  const c2017 = join(dir, 'claudette-2017/sentences.jsonl');
  const c2021 = join(dir, 'claudette-2021-dev/sentences.jsonl');
  if (existsSync(c2017))
    out.push(
      evaluateCorpus(
        'CLAUDETTE 2017 (50 ToS, lower-cased, tokenised; detokenised before checking)',
        readCorpus(c2017, 2017),
      ),
    );
  if (existsSync(c2021))
    out.push(evaluateCorpus('CLAUDETTE 2021, development subset (24 ToS, original casing)', readCorpus(c2021, 2021)));
  if (existsSync(join(dir, 'basecamp-policies'))) out.push(evaluateBasecamp(join(dir, 'basecamp-policies')));
  const sets = new URL('../test/rules/subscription/', import.meta.url);
  out.push(
    evaluateSubscription('Subscription clauses: development set (never tuned on)', new URL('dev.yaml', sets)),
    evaluateSubscription('Subscription clauses: tuning sets', new URL('tune.yaml', sets)),
    evaluateSubscription('Subscription clauses: second tuning set', new URL('tune-2.yaml', sets)),
    evaluateSubscription('Subscription clauses: third tuning set', new URL('tune-3.yaml', sets)),
  );
  process.stdout.write(`${out.join('\n')}\n`);
}
