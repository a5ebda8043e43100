/**
 * The one engine for every judgement of content. It runs the rules in
 * phases over what the reader made of the content folder:
 *
 * - content rules, for every file (`file`) and every entry (`entry`):
 *   layout, encoding, schema issues, the data of one file; then once over
 *   the whole tree (`tree`): references, history, facts that span files;
 * - prose rules, file by file: YAML and MDX syntax, sentences, then the
 *   whole document (`prose.ts`; on several threads for a large tree).
 *
 * Then each file's suppression comments apply to whatever any phase found
 * on the line after them. Every rule runs over everything it can read, so
 * one run reports every problem. The engine reads no file and prints
 * nothing: front ends (CLI, Astro integration, tests) do the rest.
 */
import type { ContentFile } from '../reader/content-files.ts';
import type { ProseKind } from '../reader/layout.ts';
import { LineIndex } from '../reader/line-index.ts';
import type { SuppressionComment } from '../reader/prose-document.ts';
import { proseInputOf, proseInputOfText, type ContentTree, type Entry } from '../reader/read-content.ts';
import { formatFieldPath, sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { emptyFacts, type CheckFacts } from './facts.ts';
import { buildNow } from '../domain/dates.ts';
import { didYouMeanQuestion } from '../domain/text/nearest.ts';
import { engineRule, engineRules } from './engine-rules.ts';
import { checkProse, fillMessage, type ProseOptions, type ProseResult } from './prose.ts';
import { ruleUrl, type ContentReport, type ContentRule, type Rule, type RuleMeta } from './rule.ts';

/** A suppression that silenced at least one diagnostic, for the transparency page. */
export interface AppliedSuppression {
  line: number;
  rules: string[];
  reason: string;
  /** What it silenced. */
  suppressed: Diagnostic[];
}

export interface FileReport {
  /** The file, relative to the project root. */
  path: string;
  /** The kind of its prose, when it has any. */
  kind: ProseKind | undefined;
  diagnostics: Diagnostic[];
  suppressions: AppliedSuppression[];
}

export interface ContentCheck {
  files: FileReport[];
  errors: number;
  warnings: number;
}

export interface CheckOptions {
  rules: readonly Rule[];
  facts: CheckFacts;
  /**
   * Every rule id that exists, when `rules` is a subset: a suppression naming
   * one of them is then neither unknown nor unused.
   */
  knownRuleIds?: readonly string[];
  /**
   * The files whose prose is checked (by path from the project root); all by
   * default. A command that wrote one file checks that file's prose, while
   * the content rules still read the whole tree (its ids, facts and record).
   */
  proseOf?: (file: string) => boolean;
  /**
   * The content as it was at the base revision, for the rules that compare a
   * change with the record (`record/*`); without it they judge nothing.
   */
  base?: ContentTree;
}

/** Checks the prose of many files: on this thread, or dealt out to several (`check-in-parallel.ts`). */
export type ProseChecker = (
  inputs: ReadonlyArray<NonNullable<ReturnType<typeof proseInputOf>>>,
) => Promise<ProseResult[]> | ProseResult[];

/** Counts errors and warnings over file reports. */
export function summarize(files: readonly FileReport[]): ContentCheck {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === 'error') errors += 1;
      else warnings += 1;
    }
  }
  return { files: [...files], errors, warnings };
}

/** Every phase over a content tree; `checkProse` does phase 2. */
export async function checkTree(
  tree: ContentTree,
  options: CheckOptions,
  checkProse: ProseChecker,
): Promise<ContentCheck> {
  const byFile = new Map<string, { file: ContentFile; entry?: Entry; diagnostics: Diagnostic[] }>();
  for (const file of tree.files) byFile.set(file.file, { file, diagnostics: [] });
  for (const entry of tree.entries) {
    const slot = byFile.get(entry.source.file);
    if (slot) slot.entry = entry;
  }
  const contentRules = options.rules.filter((rule): rule is ContentRule => rule.kind === 'content');

  // The content rules, file by file, entry by entry, then over the tree.
  let current: ContentFile | undefined;
  const lineIndexes = new Map<string, LineIndex>();
  const linesOf = (file: ContentFile) => {
    let lines = lineIndexes.get(file.file);
    if (lines === undefined && file.text !== undefined) lineIndexes.set(file.file, (lines = new LineIndex(file.text)));
    return lines;
  };
  const visitors = contentRules.map((rule) => ({
    rule,
    visitor: rule.create({
      facts: options.facts,
      ...(options.base ? { base: options.base } : {}),
      report: (report) => {
        const file = report.file ?? current;
        if (file === undefined) throw new Error(`Rule ${rule.meta.id} reported without saying in which file.`);
        // A file that is not there (a required file, missing) gets a report of its own.
        const slot = byFile.get(file.file) ?? { file, diagnostics: [] };
        byFile.set(file.file, slot);
        slot.diagnostics.push(contentDiagnostic(rule.meta, report, file, slot.entry, linesOf));
      },
    }),
  }));
  for (const file of tree.files) {
    current = file;
    for (const { visitor } of visitors) visitor.file?.(file);
  }
  for (const entry of tree.entries) {
    current = entry.source;
    for (const { visitor } of visitors) visitor.entry?.(entry);
  }
  current = undefined;
  for (const { visitor } of visitors) visitor.tree?.(tree);

  // The prose rules.
  const inputs = tree.entries.flatMap((entry) => {
    if (options.proseOf !== undefined && !options.proseOf(entry.source.file)) return [];
    const input = proseInputOf(entry);
    return input === undefined ? [] : [input];
  });
  const prose = new Map((await checkProse(inputs)).map((result, i) => [inputs[i]?.path ?? '', result]));

  const { known, locked } = suppressionPolicy(options.rules, options.knownRuleIds);
  const reports: FileReport[] = [];
  for (const { file, diagnostics } of byFile.values()) {
    const result = prose.get(file.file);
    const kind = file.layout?.prose;
    // A content rule ran on a file when it applies to the file's kind of prose.
    const ran = new Set([
      ...(result?.ran ?? []),
      ...contentRules
        .filter((rule) => kind !== undefined && (rule.meta.appliesTo?.includes(kind) ?? true))
        .map((rule) => rule.meta.id),
    ]);
    const all = [...diagnostics, ...(result?.diagnostics ?? [])];
    const applied = applySuppressions(file.text ?? '', all, result?.suppressions ?? [], {
      file: file.file,
      ran,
      known,
      locked,
    });
    reports.push({ path: file.file, kind, diagnostics: sortDiagnostics(applied.kept), suppressions: applied.applied });
  }
  return summarize(reports);
}

/**
 * The rule ids a suppression may name, and those it may not silence: the
 * rules that ran and the engine's own (a file that does not parse is never
 * silenced).
 */
function suppressionPolicy(rules: readonly Rule[], knownRuleIds: readonly string[] | undefined) {
  const metas = [...rules.map((rule) => rule.meta), ...engineRules];
  return {
    known: new Set([...(knownRuleIds ?? []), ...metas.map((meta) => meta.id)]),
    locked: new Set(metas.filter((meta) => meta.suppressible === false).map((meta) => meta.id)),
  };
}

/** A content rule's report as a diagnostic, at its place in the file. */
function contentDiagnostic(
  meta: RuleMeta,
  report: ContentReport,
  file: ContentFile,
  entry: Entry | undefined,
  linesOf: (file: ContentFile) => LineIndex | undefined,
): Diagnostic {
  const template = meta.messages[report.messageId];
  if (template === undefined) throw new Error(`Rule ${meta.id} has no message "${report.messageId}".`);
  let start = { line: 1, column: 1 };
  let end: { line: number; column: number } | undefined;
  const lines = report.range === undefined ? undefined : linesOf(file);
  if (report.range !== undefined && lines !== undefined) {
    start = lines.position(report.range.start);
    end = lines.position(Math.max(report.range.start, report.range.end));
  } else if (report.field !== undefined && entry?.yaml !== undefined) {
    start = entry.yaml.positionOf(report.field, report.part);
  }
  return {
    ruleId: meta.id,
    severity: report.severity ?? meta.severity,
    file: file.file,
    ...start,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    field: report.field === undefined ? '' : formatFieldPath(report.field),
    message: fillMessage(template, report.data),
    url: report.url ?? ruleUrl(meta.id),
  };
}

/**
 * Applies a file's suppression comments: each silences the rules it names on
 * the next line with content after it, if it gives a reason and the rules
 * may be silenced. Returns what is left, with the engine's own reports about
 * the suppressions, and what each suppression silenced.
 */
export function applySuppressions(
  text: string,
  diagnostics: readonly Diagnostic[],
  suppressions: readonly SuppressionComment[],
  options: {
    file: string;
    ran: ReadonlySet<string>;
    known: ReadonlySet<string>;
    locked: ReadonlySet<string>;
  },
): { kept: Diagnostic[]; applied: AppliedSuppression[] } {
  if (suppressions.length === 0) return { kept: [...diagnostics], applied: [] };
  const { file, ran, known, locked } = options;
  const lines = new LineIndex(text);
  const sourceLines = text.split('\n');
  const { reason: reasonRule, unknown: unknownRule, unused: unusedRule, locked: lockedRule } = engineRule;
  const engineDiagnostic = (meta: RuleMeta, at: SuppressionComment, data: Record<string, string>): Diagnostic => {
    const start = lines.position(at.start);
    const end = lines.position(at.end);
    return {
      ruleId: meta.id,
      severity: meta.severity,
      file,
      ...start,
      endLine: end.line,
      endColumn: end.column,
      field: '',
      message: fillMessage(meta.messages['found'] ?? '', data),
      url: ruleUrl(meta.id),
    };
  };
  let kept = [...diagnostics];
  const added: Diagnostic[] = [];
  const applied: AppliedSuppression[] = [];
  for (const suppression of suppressions) {
    const commentLine = lines.position(suppression.end).line;
    let target = commentLine + 1;
    while (target <= sourceLines.length && (sourceLines[target - 1] ?? '').trim() === '') target += 1;
    if (suppression.reason === undefined) {
      added.push(engineDiagnostic(reasonRule, suppression, { rules: suppression.rules.join(', ') }));
      continue;
    }
    for (const rule of suppression.rules.filter((id) => !known.has(id)))
      added.push(engineDiagnostic(unknownRule, suppression, { rule, suggestion: didYouMeanQuestion(rule, known) }));
    for (const rule of suppression.rules.filter((id) => locked.has(id)))
      added.push(engineDiagnostic(lockedRule, suppression, { rule }));
    const silenced = kept.filter(
      (d) => d.line === target && suppression.rules.includes(d.ruleId) && !locked.has(d.ruleId),
    );
    // Unused only if the rule ran here and found nothing on that line.
    const unused = suppression.rules.filter(
      (id) => ran.has(id) && !locked.has(id) && !silenced.some((d) => d.ruleId === id),
    );
    for (const rule of unused) added.push(engineDiagnostic(unusedRule, suppression, { rule }));
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
  return { kept: [...kept, ...added], applied };
}

/**
 * The prose rules' report on one file outside any content tree, suppressions
 * applied: a pasted contract checked with `--kind`, a rule's test case.
 */
export function checkText(
  path: string,
  text: string,
  kind: ProseKind,
  options: Omit<ProseOptions, 'facts'> & { facts?: CheckFacts; knownRuleIds?: readonly string[] },
): FileReport {
  // Outside a content tree nothing is declared: no price, no fee, no term.
  const facts = options.facts ?? emptyFacts(buildNow(process.env));
  const result = checkProse(proseInputOfText(path, text, kind), { ...options, facts });
  const applied = applySuppressions(text, result.diagnostics, result.suppressions, {
    file: path,
    ran: new Set(result.ran),
    ...suppressionPolicy(options.rules, options.knownRuleIds),
  });
  return { path, kind, diagnostics: sortDiagnostics(applied.kept), suppressions: applied.applied };
}
