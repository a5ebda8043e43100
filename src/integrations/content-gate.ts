import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { formatDiagnostics } from '../validate/format-diagnostics.ts';
import { validateContent } from '../validate/validate-content.ts';

/**
 * Refuses to build when any content file is broken, misplaced or refers to
 * something that does not exist, with every problem's file, line and field.
 *
 * Astro validates each entry against its schema too, but not references
 * (`reference()` checks only their shape), not one file against another, and
 * not files that match no collection; and its messages carry no line numbers.
 * This gate runs before Astro reads the content, so editors see these
 * messages first. In `astro dev` it logs instead, so the server keeps running
 * while the editor fixes the file.
 */
export function contentGate(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'plainsight:content-gate',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // `astro preview` serves what a build already checked.
        if (command === 'preview') return;
        const result = validateContent(fileURLToPath(config.root), options.contentDir);
        if (result.diagnostics.length === 0) {
          logger.info('All content is valid.');
          return;
        }
        const report = formatDiagnostics(result.diagnostics);
        if (result.ok || command === 'dev') {
          logger.warn(`\n${report}`);
          return;
        }
        throw new AstroError(
          `The content has problems that would mislead customers or break pages:\n\n${report}`,
          'Fix each problem at the file and line shown, then build again.',
        );
      },
    },
  };
}
