/**
 * A problem found in content, as a value (after vfile's VFileMessage): rules
 * and validators return these; formatters turn them into text.
 */
export interface Diagnostic {
  /** What found it, such as `schema`, `reference` or `layout`. */
  ruleId: string;
  severity: 'error' | 'warning';
  /** The file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line and column of the start of the problem. */
  line: number;
  column: number;
  /** The field at fault, as a dotted path such as `fees.mandatory[0]`; empty for the whole file. */
  field: string;
  /** What is wrong and how to fix it, for a content editor. */
  message: string;
  /** 1-based line and column just after the end of the problem, when known. */
  endLine?: number;
  endColumn?: number;
  /** Where the rule is documented. */
  url?: string;
  /** For phrase rules, the pattern that matched: for evaluating phrase lists, never shown to editors. */
  pattern?: string;
}

/** Formats a field path such as `['fees', 'mandatory', 0]` as `fees.mandatory[0]`. */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

/** Orders diagnostics by file, then position, so that output is stable. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
