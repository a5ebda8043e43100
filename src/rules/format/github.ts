/** GitHub Actions workflow commands: one annotation per problem. */
import type { FileReport } from '../engine.ts';

/** Escapes a message the way the runner expects (%, CR and LF). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a property value: also ':' and ','. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(files: readonly FileReport[]): string {
  return files
    .flatMap((file) =>
      file.diagnostics.map((d) => {
        const properties = [
          `file=${escapeProperty(file.path)}`,
          `line=${d.line}`,
          `col=${d.column}`,
          `endLine=${d.endLine ?? d.line}`,
          `endColumn=${d.endColumn ?? d.column}`,
          `title=${escapeProperty(d.ruleId)}`,
        ].join(',');
        return `::${d.severity === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(d.message)}`;
      }),
    )
    .join('\n');
}
