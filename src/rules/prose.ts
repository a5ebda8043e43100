/**
 * The prose phase of the engine: one file's prose and markup, read into a
 * document, split into sentences and handed to every prose rule that applies
 * to its kind. Pure and self-contained, so that a large tree's files can be
 * checked on several threads (`check-in-parallel.ts`) with the same result.
 */
import { sentencesOf } from '../domain/text/sentences.ts';
import { LineIndex } from '../reader/line-index.ts';
import { proseDocument, type ProseInput, type SuppressionComment } from '../reader/prose-document.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { CheckFacts } from './facts.ts';
import { engineRule } from './engine-rules.ts';
import { ruleUrl, type ProseRule, type Report, type Rule, type RuleMeta } from './rule.ts';

/** What the prose phase found in one file. */
export interface ProseResult {
  diagnostics: Diagnostic[];
  /** The file's suppression comments, applied by the engine to every phase's diagnostics. */
  suppressions: SuppressionComment[];
  /** The prose rules that ran on the file. */
  ran: string[];
}

/** Fills `{{name}}` placeholders; a message that ends in an empty one (no suggestion) ends without a space. */
export function fillMessage(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(data?.[name] ?? '')).trimEnd();
}

export interface ProseOptions {
  rules: readonly Rule[];
  facts: CheckFacts;
}

/** Runs every prose rule that applies to a file. */
export function checkProse(input: ProseInput, options: ProseOptions): ProseResult {
  const doc = proseDocument(input);
  // Lines are counted only for a file with something to report: most have nothing.
  let lineIndex: LineIndex | undefined;
  const position = (offset: number) => (lineIndex ??= new LineIndex(doc.source)).position(offset);
  const diagnostics: Diagnostic[] = [];
  const toDiagnostic = (meta: RuleMeta, report: Report): Diagnostic => {
    const range = report.range ?? { start: 0, end: 0 };
    const start = position(range.start);
    const end = position(Math.max(range.start, range.end));
    const template = meta.messages[report.messageId];
    if (template === undefined) throw new Error(`Rule ${meta.id} has no message "${report.messageId}".`);
    return {
      ruleId: meta.id,
      severity: report.severity ?? meta.severity,
      file: doc.path,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      field: '',
      message: fillMessage(template, report.data),
      url: report.url ?? ruleUrl(meta.id),
    };
  };

  for (const error of input.yaml?.errors ?? []) {
    const at = input.yaml === undefined ? 0 : input.yaml.start + error.offset;
    diagnostics.push(
      toDiagnostic(engineRule.yaml, {
        range: { start: at, end: at },
        messageId: error.kind === 'data' ? 'data' : 'found',
        data: { message: error.message },
      }),
    );
  }
  if (doc.parseError) {
    const meta = doc.parseError.limit ? engineRule.tooComplex : engineRule.markdown;
    const at = doc.parseError.offset;
    const data = { message: doc.parseError.message };
    diagnostics.push(toDiagnostic(meta, { range: { start: at, end: at }, messageId: 'found', data }));
  }

  const ran: string[] = [];
  const visitors: Array<{ rule: ProseRule; visitor: ReturnType<ProseRule['create']> }> = [];
  for (const rule of options.rules) {
    if (rule.kind !== 'prose') continue;
    if (rule.meta.appliesTo && !rule.meta.appliesTo.includes(doc.kind)) continue;
    const visitor = rule.create({
      document: doc,
      facts: options.facts,
      report: (report) => diagnostics.push(toDiagnostic(rule.meta, report)),
    });
    // A rule that returns no visitor is waiting (for valid pricing data, say): it did not run here.
    if (visitor.sentence !== undefined || visitor.document !== undefined) ran.push(rule.meta.id);
    visitors.push({ rule, visitor });
  }
  // Sentence by sentence, every rule in turn: what rules work out about a
  // sentence's words (such as which phrase sets could match them) is then
  // still at hand for the next rule. Each rule still sees the sentences in
  // order, and the diagnostics are sorted by the engine.
  const sentenceVisitors = visitors.filter(({ visitor }) => visitor.sentence !== undefined);
  for (const sentence of sentencesOf(doc)) {
    for (const { rule, visitor } of sentenceVisitors) {
      if (sentence.quoted && rule.meta.exemptInQuotations) continue;
      visitor.sentence?.(sentence);
    }
  }
  for (const { visitor } of visitors) visitor.document?.(doc);
  return { diagnostics, suppressions: doc.suppressions, ran };
}
