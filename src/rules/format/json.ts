/** The machine-readable report: every file checked, with or without problems. */
import type { FileReport } from '../engine.ts';

export function formatJson(files: readonly FileReport[]): string {
  let errors = 0;
  let warnings = 0;
  const report = {
    version: 1,
    files: files.map((file) => ({
      path: file.path,
      kind: file.kind ?? null,
      diagnostics: file.diagnostics.map((d) => {
        if (d.severity === 'error') errors += 1;
        else warnings += 1;
        return {
          ruleId: d.ruleId,
          severity: d.severity,
          line: d.line,
          column: d.column,
          endLine: d.endLine ?? d.line,
          endColumn: d.endColumn ?? d.column,
          field: d.field,
          message: d.message,
          url: d.url ?? '',
        };
      }),
    })),
    summary: { files: files.length, errors: 0, warnings: 0 },
  };
  report.summary.errors = errors;
  report.summary.warnings = warnings;
  return JSON.stringify(report);
}
