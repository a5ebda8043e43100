import type { Diagnostic } from './diagnostic.ts';

/**
 * Formats diagnostics the way ESLint's "stylish" formatter does, one line per
 * problem, with `file:line:column` first so that editors and terminals link it.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const lines = diagnostics.map((d) => {
    const field = d.field === '' ? '' : `${d.field}: `;
    return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${field}${d.message}  (${d.ruleId})`;
  });
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  lines.push('', `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return lines.join('\n');
}
