/**
 * The content check's lens in `astro dev`: a dev toolbar app
 * (content-lens-app.ts) that lists the problems of the content file the page
 * shows and marks each flagged text where it renders. This side turns the
 * check's report into what the app needs: each problem with the text it
 * flags, as the page shows it, because the browser has only the page and not
 * the source. The app imports this module's events and types, so it imports
 * nothing that runs only in Node.
 */
import type { ContentFile } from '../reader/content-files.ts';
import type { Diagnostic } from '../rules/diagnostic.ts';
import type { ContentCheck } from '../rules/engine.ts';

/** The events the app and the server exchange over Vite's dev server socket. */
export const lensEvents = {
  /** App → server: the app has started and wants the latest report. */
  hello: 'plainsight:lens:hello',
  /** Server → every app: the latest report, after each check. */
  report: 'plainsight:lens:report',
} as const;

/**
 * One problem, as the app lists and marks it: the diagnostic (whose `file`
 * the page's `data-plainsight-source` names) with the text it flags.
 */
export type LensProblem = Pick<Diagnostic, 'ruleId' | 'severity' | 'file' | 'line' | 'column' | 'field' | 'message'> & {
  /** Where the rule is explained: a page of the site (`/transparency/rules/#rule-…`) or a schema file. */
  url: string | undefined;
  /** The flagged text without its Markdown markup, as the page should show it; empty when unknown. */
  text: string;
};

/** What the server sends the app. */
export interface LensReport {
  /** True while a check runs: the problems are those of the check before. */
  checking: boolean;
  /** Every problem in the content tree: the app keeps those of its page's files. */
  problems: LensProblem[];
}

/** The lens's report of a check of the whole tree. */
export function lensReport(result: ContentCheck, files: readonly ContentFile[], checking: boolean): LensReport {
  const texts = new Map(files.map((file) => [file.file, file.text]));
  // Each file is split into lines once, however many problems it has.
  const split = new Map<string, readonly string[] | undefined>();
  const linesOf = (file: string) => {
    if (!split.has(file)) split.set(file, texts.get(file)?.split(/\r?\n/));
    return split.get(file);
  };
  return {
    checking,
    problems: result.files.flatMap((report) =>
      report.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        file: d.file,
        line: d.line,
        column: d.column,
        field: d.field,
        message: d.message,
        url: d.url,
        text: plainText(excerpt(linesOf(d.file), d)),
      })),
    ),
  };
}

type Span = Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>;

/**
 * The source text between a problem's start and end (to the end of its line
 * when the end is not known); empty for a problem about a whole file.
 */
export function excerpt(text: string | readonly string[] | undefined, span: Span): string {
  if (text === undefined || span.line < 1) return '';
  const lines = typeof text === 'string' ? text.split(/\r?\n/) : text;
  const endLine = span.endLine ?? span.line;
  const parts: string[] = [];
  for (let line = span.line; line <= endLine && line <= lines.length; line += 1) {
    const source = lines[line - 1] ?? '';
    const start = line === span.line ? Math.max(span.column - 1, 0) : 0;
    const end = line === endLine && span.endColumn !== undefined ? span.endColumn - 1 : source.length;
    parts.push(source.slice(start, end));
  }
  return parts.join(' ');
}

/**
 * Markdown source as the page shows it, near enough to find it there: links
 * keep their text, elements and emphasis marks go, and spaces collapse. Each
 * pattern is linear: a failed match stops at the next character that could
 * start another, so no text is scanned twice.
 */
export function plainText(source: string): string {
  return source
    .replace(/!?\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/(?<!\\)[*_`~]+/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/^\s*(?:#+|>|[-+]|\d+\.)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
