import { formatStylish, groupByFile } from '../check/format/stylish.ts';
import type { Diagnostic } from './diagnostic.ts';

/** Formats the content gate's problems with the same stylish report as the transparency check. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: { color?: boolean } = {}): string {
  return formatStylish(groupByFile(diagnostics), options);
}
