/**
 * The default report, after ESLint's "stylish": problems grouped under their
 * file, one line each as `line:column  severity  message  rule-id  docs`,
 * where docs is where the rule or the file's fields are explained.
 */
import type { Diagnostic } from '../diagnostic.ts';

export interface StylishOptions {
  /** Colour the output; only when writing to a terminal. */
  color?: boolean;
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** Formats problems grouped by file; files without problems are left out. */
export function formatStylish(
  files: ReadonlyArray<{ path: string; diagnostics: readonly Diagnostic[] }>,
  options: StylishOptions = {},
): string {
  const color = options.color ?? false;
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    if (file.diagnostics.length === 0) continue;
    out.push('', paint(color, 4, file.path));
    for (const d of file.diagnostics) {
      if (d.severity === 'error') errors += 1;
      else warnings += 1;
      const severity = d.severity === 'error' ? paint(color, 31, 'error  ') : paint(color, 33, 'warning');
      const field = d.field === '' ? '' : `${d.field}: `;
      const docs = d.url === undefined ? '' : `  ${paint(color, 2, d.url)}`;
      out.push(
        `  ${`${d.line}:${d.column}`.padEnd(8)} ${severity}  ${field}${d.message}  ${paint(color, 2, d.ruleId)}${docs}`,
      );
    }
  }
  const total = errors + warnings;
  const summary =
    `${total} ${total === 1 ? 'problem' : 'problems'} ` +
    `(${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})`;
  out.push('', total === 0 ? 'No problems found.' : paint(color, errors > 0 ? 31 : 33, summary));
  return out.join('\n');
}
