/**
 * Checks all content with every rule before Astro reads it: `astro build`
 * stops with the report when there is an error, naming each problem's file,
 * line, field and rule; `astro dev` prints the report and checks again when
 * a content file changes, so the server keeps running while the editor
 * fixes it.
 *
 * Astro validates each entry against its schema too, but not references
 * between files, history, or prose, and its messages carry no line numbers;
 * this runs first, so editors see these messages.
 *
 * The outcome also feeds the /transparency/ pages through a virtual module:
 * every rule's documentation and every suppression in force, with its reason
 * and a link to each sentence it allows on the page that shows it.
 * In `astro dev` it also feeds the lens, a dev toolbar app that shows each
 * problem on the page where it renders (content-lens.ts).
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sentenceLinks } from '../domain/sentence-link.ts';
import type { ContentTree } from '../reader/read-content.ts';
import { checkContent } from '../rules/check-content.ts';
import { ruleDocs } from '../rules/docs.ts';
import type { ContentCheck } from '../rules/engine.ts';
import { formatStylish } from '../rules/format/stylish.ts';
import { rulesPage } from '../rules/rule.ts';
import { lensEvents, lensReport, type LensReport } from './content-lens.ts';

const virtualId = 'virtual:plainsight/transparency';
const resolvedVirtualId = `\0${virtualId}`;

/** Every suppression in force, for the transparency page, with links to the sentences it allows. */
function suppressionsOf(result: ContentCheck, tree: ContentTree) {
  const entries = new Map(tree.entries.map((entry) => [entry.source.file, entry]));
  return result.files.flatMap((file) => {
    const entry = entries.get(file.path);
    return file.suppressions.map((s) => ({
      file: file.path,
      line: s.line,
      rules: s.rules,
      reason: s.reason,
      silenced: s.suppressed.length,
      links: entry === undefined ? [] : sentenceLinks(entry, s.suppressed),
    }));
  });
}

/** The toolbar app, as `addDevToolbarApp` takes it. */
const contentLensApp = {
  id: 'plainsight-content-lens',
  name: 'Content check',
  // A magnifying glass over a line of text, drawn in the toolbar's white.
  icon:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="2" ' +
    'stroke-linecap="round" aria-hidden="true"><circle cx="10" cy="10" r="6"/><path d="m15 15 6 6M7 10h6"/></svg>',
  entrypoint: fileURLToPath(new URL('./content-lens-app.ts', import.meta.url)),
};

export function contentCheck(options: { contentDir: string }): AstroIntegration {
  let projectRoot = process.cwd();
  // The lens's copy of the latest report: the server sends it to each app that starts.
  let lens: LensReport = { checking: false, problems: [] };
  return {
    name: 'plainsight:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig, addDevToolbarApp }) => {
        projectRoot = fileURLToPath(config.root);
        // `astro preview` serves what a build already checked.
        if (command === 'preview') return;
        if (command === 'dev') addDevToolbarApp(contentLensApp);
        // Nothing else runs yet: a large tree's prose is checked on every core.
        const started = performance.now();
        const result = await checkContent(projectRoot, options.contentDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        lens = lensReport(result, result.tree.files, false);
        const data = { suppressions: suppressionsOf(result, result.tree), ...ruleDocs() };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'plainsight:transparency-data',
                resolveId: (id: string) => (id === virtualId ? resolvedVirtualId : undefined),
                load: (id: string) =>
                  id === resolvedVirtualId
                    ? Object.entries(data)
                        .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
                        .join('\n')
                    : undefined,
              },
            ],
          },
        });
        const report = formatStylish(result.files);
        const checked = `${result.files.length} files`;
        if (result.errors === 0) {
          if (result.warnings > 0) logger.warn(report);
          logger.info(`Content check: ${checked}, no errors, in ${seconds} s.`);
          return;
        }
        if (command === 'dev') {
          logger.warn(report);
          return;
        }
        throw new AstroError(
          `The content has problems that would mislead customers or break pages:\n${report}`,
          `Fix each problem at the file and line shown. Each rule is explained on ${rulesPage}.`,
        );
      },
      'astro:server:setup': ({ server, logger, toolbar }) => {
        const root = resolve(projectRoot, options.contentDir);
        // Every open page's app gets each report; an app that starts (a page loaded) asks for the latest.
        toolbar.on(lensEvents.hello, () => toolbar.send(lensEvents.report, lens));
        // A change in one file can matter to others (a fee's id, a policy's history): check them all
        // again, one check at a time, and once more if files changed while one ran.
        let checking = false;
        let again = false;
        const recheck = async (file: string) => {
          if (!file.startsWith(root)) return;
          if (checking) {
            again = true;
            return;
          }
          checking = true;
          lens = { ...lens, checking: true };
          toolbar.send(lensEvents.report, lens);
          do {
            again = false;
            try {
              const result = await checkContent(projectRoot, options.contentDir);
              lens = lensReport(result, result.tree.files, again);
              toolbar.send(lensEvents.report, lens);
              if (result.errors + result.warnings > 0) logger.warn(formatStylish(result.files));
              else logger.info('Content check: no problems.');
            } catch (error) {
              logger.error(String(error));
            }
          } while (again);
          checking = false;
          // A check that failed leaves the report before it, no longer marked as running.
          if (lens.checking) toolbar.send(lensEvents.report, (lens = { ...lens, checking: false }));
        };
        for (const event of ['add', 'change', 'unlink'] as const)
          server.watcher.on(event, (file) => void recheck(file));
      },
    },
  };
}
