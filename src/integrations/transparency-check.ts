import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentTreeInParallel } from '../check/check-in-parallel.ts';
import { kindOfPath, parseCheckDocument } from '../check/document.ts';
import { checkDocument } from '../check/engine.ts';
import { loadCheckFacts } from '../check/facts.ts';
import { formatStylish } from '../check/format/stylish.ts';
import { phraseListSource } from '../check/phrase-rule.ts';
import { allRules } from '../check/rules/index.ts';

const virtualId = 'virtual:plainsight/transparency';
const resolvedVirtualId = `\0${virtualId}`;

/** The phrase lists of the rules that have one, for the transparency page. */
function phraseLists(): Record<string, { phrases: string[]; except?: string[] }> {
  const lists: Record<string, { phrases: string[]; except?: string[] }> = {};
  for (const rule of allRules) {
    try {
      const list = phraseListSource(rule.meta.id) as {
        phrases?: string[];
        pairs?: Array<{ first: string[]; then: string[] }>;
        except?: string[];
        exceptWhere?: string[];
        swap?: Record<string, string>;
      };
      // A pair reads as its first part, then what must follow it in the same sentence.
      const pairs = (list.pairs ?? []).map(
        (pair) => `${pair.first.join(' / ')} … later in the sentence: ${pair.then.join(' / ')}`,
      );
      const except = [
        ...(list.except ?? []),
        ...(list.exceptWhere ?? []).map((pattern) => `${pattern} (where it covers the words found)`),
      ];
      if (Array.isArray(list.phrases))
        lists[rule.meta.id] = { phrases: [...list.phrases, ...pairs], ...(except.length > 0 ? { except } : {}) };
      else if (list.swap)
        lists[rule.meta.id] = { phrases: Object.entries(list.swap).map(([from, to]) => `${from} → ${to}`) };
    } catch {
      // Rules that match by code, not by a phrase list.
    }
  }
  return lists;
}

/**
 * Runs the transparency check before Astro renders a page. `astro build`
 * fails with the stylish report when there is an error; `astro dev` prints
 * the report as warnings and re-checks each content file when it changes.
 *
 * The outcome also feeds the /transparency/ page through a virtual module:
 * every suppression in force is published there with its reason.
 */
export function transparencyCheck(options: { contentDir: string }): AstroIntegration {
  let suppressions: Array<{ file: string; line: number; rules: string[]; reason: string; silenced: number }> = [];
  let projectRoot = process.cwd();
  return {
    name: 'plainsight:transparency-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        projectRoot = fileURLToPath(config.root);
        // `astro preview` serves what a build already checked.
        if (command === 'preview') return;
        // Nothing else runs yet: a large tree is checked on every core.
        const result = await checkContentTreeInParallel(projectRoot, options.contentDir);
        suppressions = result.files.flatMap((file) =>
          file.suppressions.map((s) => ({
            file: file.path,
            line: s.line,
            rules: s.rules,
            reason: s.reason,
            silenced: s.suppressed.length,
          })),
        );
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'plainsight:transparency-data',
                resolveId: (id: string) => (id === virtualId ? resolvedVirtualId : undefined),
                load: (id: string) =>
                  id === resolvedVirtualId
                    ? `export const suppressions = ${JSON.stringify(suppressions)};\nexport const phraseLists = ${JSON.stringify(phraseLists())};`
                    : undefined,
              },
            ],
          },
        });
        const report = formatStylish(result.files);
        if (result.errors === 0) {
          if (result.warnings > 0) logger.warn(report);
          logger.info(`Transparency check: ${result.files.length} files, no errors.`);
          return;
        }
        if (command === 'dev') {
          logger.warn(report);
          return;
        }
        throw new AstroError(
          `The transparency check found problems that would mislead customers:\n${report}`,
          'Fix each problem at the file and line shown. Each rule is explained on the /transparency/ page.',
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(projectRoot, options.contentDir);
        server.watcher.on('change', (file) => {
          if (!file.startsWith(root)) return;
          const path = relative(projectRoot, file);
          const kind = kindOfPath(relative(root, file));
          if (kind === undefined) return;
          const doc = parseCheckDocument(path, readFileSync(file, 'utf8'), kind);
          const report = checkDocument(doc, {
            rules: allRules,
            facts: loadCheckFacts(projectRoot, options.contentDir),
          });
          if (report.diagnostics.length > 0) logger.warn(formatStylish([report]));
          else logger.info(`${path}: no problems.`);
        });
      },
    },
  };
}
