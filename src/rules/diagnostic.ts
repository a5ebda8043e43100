/**
 * A problem found in content, as a value (after vfile's VFileMessage): every
 * rule reports these, whatever it judges; formatters turn them into text.
 */
export interface Diagnostic {
  /** The rule that found it, such as `schema/unknown-field` or `gotcha/sole-discretion`. */
  ruleId: string;
  severity: 'error' | 'warning';
  /** The file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line and column of the start of the problem. */
  line: number;
  column: number;
  /** The field at fault, as a dotted path such as `fees.mandatory[0]`; empty for prose or the whole file. */
  field: string;
  /** What is wrong and how to fix it, for a content editor. */
  message: string;
  /** 1-based line and column just after the end of the problem, when known. */
  endLine?: number;
  endColumn?: number;
  /** Where the rule, or the field, is documented. */
  url?: string;
}

/** Formats a field path such as `['fees', 'mandatory', 0]` as `fees.mandatory[0]`. */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

/** Orders diagnostics by file, then position, then rule, so that output is stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}
