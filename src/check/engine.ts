/**
 * The transparency check's engine: parse, run rules, apply suppressions,
 * return diagnostics. It reads nothing but what it is given and prints
 * nothing; front ends (CLI, Astro integration, tests) do the rest.
 */
import type { Diagnostic } from '../validate/diagnostic.ts';
import { parseCheckDocument, type CheckDocument, type CheckKind } from './document.ts';
import { emptyFacts, type CheckFacts } from './facts.ts';
import type { Report, Rule, RuleMeta, Sentence } from './rule.ts';
import { LineIndex } from './text/line-index.ts';
import { normalizeText } from './text/normalize.ts';
import { tokenize } from './text/tokens.ts';

/** Rules of the engine itself, about suppressions and unreadable files. */
export const engineRules: readonly RuleMeta[] = [
  {
    id: 'plainsight/parse-error',
    severity: 'error',
    description: 'A file must parse as Markdown, MDX or YAML.',
    rationale: 'A file the check cannot read could hide anything.',
    source: 'Plainsight',
    messages: { found: 'This file cannot be read: {{message}}' },
  },
  {
    id: 'plainsight/suppression-without-reason',
    severity: 'error',
    description: 'Every suppression must give its reason after " -- ".',
    rationale:
      'Suppressions are published on the transparency page; a suppression without a reason explains nothing to customers.',
    source: 'Plainsight',
    messages: {
      found: 'Say why this rule does not apply here: "plainsight-disable-next-line {{rules}} -- the reason".',
    },
  },
  {
    id: 'plainsight/suppression-unknown-rule',
    severity: 'error',
    description: 'A suppression must name rules that exist.',
    rationale: 'A misspelt rule id would suppress nothing while looking as if it did.',
    source: 'Plainsight',
    messages: { found: 'There is no rule "{{rule}}". The rules are listed on /transparency/.' },
  },
  {
    id: 'plainsight/unused-suppression',
    severity: 'warning',
    description: 'A suppression should suppress something.',
    rationale: 'A stale suppression would silence a future problem on that line.',
    source: 'Plainsight',
    messages: { found: 'Nothing on the next line breaks "{{rule}}"; remove this suppression.' },
  },
  {
    id: 'plainsight/suppression-not-allowed',
    severity: 'error',
    description: 'The rules that keep code out of content cannot be suppressed.',
    rationale:
      'A written reason does not make a script safe; a suppression of these rules would let any content run code.',
    source: 'Plainsight',
    messages: {
      found:
        'The rule "{{rule}}" cannot be switched off: content never runs code. Remove this suppression and the code it was meant to allow.',
    },
  },
];

/** A suppression that silenced at least one diagnostic, for the transparency page. */
export interface AppliedSuppression {
  line: number;
  rules: string[];
  reason: string;
  /** What it silenced. */
  suppressed: Diagnostic[];
}

export interface FileReport {
  path: string;
  kind: CheckKind;
  diagnostics: Diagnostic[];
  suppressions: AppliedSuppression[];
}

export interface CheckOptions {
  rules: readonly Rule[];
  facts?: CheckFacts;
  /** Where the rule docs live; a rule's anchor is appended. */
  docsBase?: string;
  /**
   * Every rule id that exists, when `rules` is a subset: a suppression naming
   * one of them is then neither unknown nor unused.
   */
  knownRuleIds?: readonly string[];
}

/** The anchor of a rule on the transparency page. */
export function ruleAnchor(id: string): string {
  return `rule-${id.replace('/', '-')}`;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * ASCII text without `.`, `!` or `?` holds one sentence: in ASCII only those
 * end one (Unicode's sentence rules, UAX #29; line breaks are spaces after
 * normalising). A third of the blocks of a site (headings, names, list
 * items) skip the segmenter this way.
 */
const mayHoldSeveralSentences = /[.!?\u0080-\uffff]/;

/** The sentences of normalised text, as the segmenter gives them. */
export function segmentsOf(text: string): Iterable<{ segment: string; index: number }> {
  return mayHoldSeveralSentences.test(text) ? sentenceSegmenter.segment(text) : [{ segment: text, index: 0 }];
}

/** Splits a document's prose into normalised, tokenised sentences with file offsets. */
export function sentencesOf(doc: CheckDocument): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of doc.blocks) {
    const norm = normalizeText(block.text);
    const fileOffset = (normIndex: number) => {
      const raw = norm.offsets[Math.min(normIndex, norm.offsets.length - 1)] ?? block.text.length;
      return block.offsets[Math.min(raw, block.offsets.length - 1)] ?? 0;
    };
    const fileEnd = (normEnd: number) => {
      if (normEnd <= 0) return fileOffset(0);
      return fileOffset(normEnd - 1) + 1;
    };
    for (const segment of segmentsOf(norm.text)) {
      const text = segment.segment;
      if (text.trim() === '') continue;
      const base = segment.index;
      const tokens = tokenize(text);
      if (tokens.length === 0) continue;
      const words = tokens.filter((token) => token.kind !== 'symbol');
      const trimmedEnd = base + text.trimEnd().length;
      sentences.push({
        text,
        tokens,
        words,
        quoted: block.quoted,
        field: block.field,
        rangeOf: (first, last) => ({ start: fileOffset(base + first.start), end: fileEnd(base + last.end) }),
        range: { start: fileOffset(base + (text.length - text.trimStart().length)), end: fileEnd(trimmedEnd) },
      });
    }
  }
  return sentences;
}

/** Fills `{{name}}` placeholders. */
function fillMessage(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(data?.[name] ?? ''));
}

/** Runs every applicable rule over a parsed document. */
export function checkDocument(doc: CheckDocument, options: CheckOptions): FileReport {
  // Lines are counted only for a file with something to report: most have nothing.
  let lineIndex: LineIndex | undefined;
  const lines = { position: (offset: number) => (lineIndex ??= new LineIndex(doc.source)).position(offset) };
  const docsBase = options.docsBase ?? '/transparency/';
  const facts = options.facts ?? emptyFacts;
  const diagnostics: Diagnostic[] = [];
  const toDiagnostic = (meta: RuleMeta, report: Report): Diagnostic => {
    const start = lines.position(report.range.start);
    const end = lines.position(Math.max(report.range.start, report.range.end));
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
      url: `${docsBase}#${ruleAnchor(meta.id)}`,
      ...(typeof report.data?.['pattern'] === 'string' ? { pattern: report.data['pattern'] } : {}),
    };
  };
  const [parseRule, reasonRule, unknownRule, unusedRule, lockedRule] = engineRules as [
    RuleMeta,
    RuleMeta,
    RuleMeta,
    RuleMeta,
    RuleMeta,
  ];

  if (doc.parseError) {
    diagnostics.push(
      toDiagnostic(parseRule, {
        range: { start: doc.parseError.offset, end: doc.parseError.offset },
        messageId: 'found',
        data: { message: doc.parseError.message },
      }),
    );
    return { path: doc.path, kind: doc.kind, diagnostics, suppressions: [] };
  }

  const sentences = sentencesOf(doc);
  const ran = new Set<string>();
  const visitors: Array<{ rule: Rule; visitor: ReturnType<Rule['create']> }> = [];
  for (const rule of options.rules) {
    if (rule.meta.appliesTo && !rule.meta.appliesTo.includes(doc.kind)) continue;
    ran.add(rule.meta.id);
    const visitor = rule.create({
      document: doc,
      facts,
      report: (report) => diagnostics.push(toDiagnostic(rule.meta, report)),
    });
    visitors.push({ rule, visitor });
  }
  // Sentence by sentence, every rule in turn: what rules work out about a
  // sentence's words (such as which phrase sets could match them) is then
  // still at hand for the next rule. Each rule still sees the sentences in
  // order, and the diagnostics are sorted below.
  const sentenceVisitors = visitors.filter(({ visitor }) => visitor.sentence !== undefined);
  for (const sentence of sentences) {
    for (const { rule, visitor } of sentenceVisitors) {
      if (sentence.quoted && rule.meta.exemptInQuotations) continue;
      visitor.sentence?.(sentence);
    }
  }
  for (const { visitor } of visitors) visitor.document?.(doc);

  // Suppressions: each applies to the next line with content after it.
  const applied: AppliedSuppression[] = [];
  let kept = diagnostics;
  if (doc.suppressions.length > 0) {
    const known = new Set([
      ...(options.knownRuleIds ?? options.rules.map((rule) => rule.meta.id)),
      ...engineRules.map((rule) => rule.id),
    ]);
    const locked = new Set(
      options.rules.filter((rule) => rule.meta.suppressible === false).map((rule) => rule.meta.id),
    );
    const sourceLines = doc.source.split('\n');
    for (const suppression of doc.suppressions) {
      const at = { start: suppression.start, end: suppression.end };
      const commentLine = lines.position(suppression.end).line;
      let target = commentLine + 1;
      while (target <= sourceLines.length && (sourceLines[target - 1] ?? '').trim() === '') target += 1;
      if (suppression.reason === undefined) {
        kept.push(
          toDiagnostic(reasonRule, { range: at, messageId: 'found', data: { rules: suppression.rules.join(', ') } }),
        );
        continue;
      }
      const unknown = suppression.rules.filter((id) => !known.has(id));
      for (const rule of unknown)
        kept.push(toDiagnostic(unknownRule, { range: at, messageId: 'found', data: { rule } }));
      for (const rule of suppression.rules.filter((id) => locked.has(id)))
        kept.push(toDiagnostic(lockedRule, { range: at, messageId: 'found', data: { rule } }));
      const silenced = kept.filter(
        (d) => d.line === target && suppression.rules.includes(d.ruleId) && !locked.has(d.ruleId),
      );
      // Unused only if the rule ran here and found nothing on that line.
      for (const rule of suppression.rules.filter(
        (id) => ran.has(id) && !locked.has(id) && !silenced.some((d) => d.ruleId === id),
      )) {
        kept.push(toDiagnostic(unusedRule, { range: at, messageId: 'found', data: { rule } }));
      }
      if (silenced.length > 0) {
        kept = kept.filter((d) => !silenced.includes(d));
        applied.push({
          line: lines.position(suppression.start).line,
          rules: suppression.rules,
          reason: suppression.reason,
          suppressed: silenced,
        });
      }
    }
  }
  kept.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { path: doc.path, kind: doc.kind, diagnostics: kept, suppressions: applied };
}

/** Parses and checks one file's text. */
export function checkText(path: string, source: string, kind: CheckKind, options: CheckOptions): FileReport {
  return checkDocument(parseCheckDocument(path, source, kind), options);
}
