/**
 * Keeps the prerender bundle of a full build, which Astro deletes once the
 * pages are written, so that `npm run publish:status` can render the status
 * routes again from it with new status data, without bundling (issue 23:
 * Vite's bundling alone costs 25 s at 10,000 entries; rendering from the kept
 * bundle writes the same bytes in a few seconds).
 *
 * The bundle goes to node_modules/.cache/plainsight-prerender/<outDir>/ (see
 * `keptBundleDir`), inside the project, where Astro writes it too (in outDir
 * or .astro/), so it is moved rather than copied (copying 6,000 chunks took
 * 20 s at 10,000 entries). With it goes `publish-manifest.json`: what the build gave the
 * bundle that the bundle does not hold (each page's stylesheets and the
 * scripts Astro adds to pages), and the version of the code that made it.
 *
 * This reaches into Astro's internals (the prerenderer's app and its build
 * internals); `publish:status` refuses a bundle made by another Astro version.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readContentFiles, readTextFile } from '../reader/content-files.ts';
import { keepDataStore } from './kept-data-store.ts';
import { layoutGlob, layoutRow } from '../reader/layout.ts';
import {
  builtFile,
  catalogueDigests,
  cataloguesFile,
  codeVersion,
  isStatusRoute,
  keptBundleDir,
  publishManifestFile,
  pruneKeptBundles,
  showsStatus,
  staticImageKey,
  statusKeysFile,
  type PublishManifest,
  type StatusKeys,
} from './prerender-bundle.ts';

/** The parts of Astro's build internals the manifest is made from (Astro 7.3). */
interface BuildInternals {
  pagesByKeys: Map<string, { styles: unknown[] }>;
  entrySpecifierToBundleMap: Map<string, string>;
}
interface BuildApp {
  setInternals(internals: BuildInternals): void;
  getSettings(): { scripts: unknown[] };
}

/** Whether `path` is inside the folder `root`. */
function isInside(root: string, path: string): boolean {
  const from = relative(root, path);
  return from !== '' && !from.startsWith('..') && !isAbsolute(from);
}

export function keepPrerenderBundle(options: { projectRoot: string; contentDir: string }): AstroIntegration {
  let candidates: URL[] = [];
  let outDir = '';
  let internals: BuildInternals | undefined;
  let app: BuildApp | undefined;
  const images: Record<string, string> = {};
  let statusPaths: Array<{ pathname: string; route: { type: string }; cacheKey?: unknown }> = [];
  return {
    name: 'plainsight:keep-prerender-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        // Astro writes the bundle to <outDir>/.prerender/, or, when outDir is outside the project, to
        // <root>/.astro/.prerender/, a folder every such build shares: one running beside another would
        // find (and move) the other's bundle. The bundle is kept only for an outDir inside the project.
        candidates = isInside(fileURLToPath(config.root), outDir) ? [new URL('.prerender/', config.outDir)] : [];
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // The default prerenderer imports the bundle's entry and hands its app the build's internals;
        // importing the same entry first (modules are cached) lets this see what it is handed.
        setPrerenderer((defaultPrerenderer) => ({
          ...defaultPrerenderer,
          setup: async () => {
            const dir = candidates.find((candidate) => existsSync(candidate));
            const entry = dir && readdirSync(dir).find((name) => /^prerender-entry.*\.mjs$/.test(name));
            if (dir && entry) {
              const module = (await import(new URL(entry, dir).href)) as { app: BuildApp };
              app = module.app;
              const setInternals = app.setInternals.bind(app);
              app.setInternals = (value) => {
                internals = value;
                setInternals(value);
              };
            }
            await defaultPrerenderer.setup?.();
            // Astro's build gives each image a file of its own (hashed) while it renders; outside a build
            // the same component links to the /_image endpoint. Every answer is recorded for the publish.
            const assets = (globalThis as { astroAsset?: { addStaticImage?: (...args: unknown[]) => string } })
              .astroAsset;
            const addStaticImage = assets?.addStaticImage;
            if (assets && addStaticImage)
              assets.addStaticImage = (...args: unknown[]) => {
                const url = addStaticImage(...args);
                images[staticImageKey(args)] = url;
                return url;
              };
          },
          render: (request, renderOptions) => defaultPrerenderer.render(request, renderOptions),
          getStaticPaths: async () => {
            const paths = await defaultPrerenderer.getStaticPaths();
            statusPaths = paths.filter(({ route }) => isStatusRoute(route.route));
            return paths;
          },
          teardown: async () => defaultPrerenderer.teardown?.(),
        }));
      },
      'astro:build:generated': ({ logger }) => {
        if (candidates.length === 0) {
          logger.info('The prerender bundle is kept only for an output folder inside the project.');
          return;
        }
        const found = candidates.find((dir) => existsSync(dir));
        if (!found || !internals || !app) {
          logger.warn('No prerender bundle to keep: `npm run publish:status` will ask for a full build.');
          return;
        }
        const target = keptBundleDir(options.projectRoot, outDir);
        // The papers and policies whose compiled MDX in this bundle shows status data: a publish renders them too.
        const documents = readContentFiles(
          options.projectRoot,
          options.contentDir,
          (kind) => kind === 'paper' || kind === 'policy-version',
        ).filter((file) => showsStatus(file.text ?? ''));
        const manifest: PublishManifest = {
          outDir,
          codeVersion: codeVersion(options.projectRoot),
          styles: Object.fromEntries([...internals.pagesByKeys].map(([key, page]) => [key, page.styles])),
          entrySpecifierToBundleMap: Object.fromEntries(internals.entrySpecifierToBundleMap),
          scripts: app.getSettings().scripts,
          images,
          statusPapers: documents.filter((file) => file.kind === 'paper').map((file) => `/papers/${file.stem}`),
          statusPolicies: documents.some((file) => file.kind === 'policy-version'),
        };
        rmSync(target, { recursive: true, force: true });
        pruneKeptBundles(options.projectRoot);
        mkdirSync(dirname(target), { recursive: true });
        // Moved, not copied: Astro deletes the folder next (with `force`, so a missing one is fine).
        try {
          renameSync(fileURLToPath(found), target);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
          cpSync(fileURLToPath(found), target, { recursive: true });
        }
        if (!keepDataStore(target)) {
          rmSync(target, { recursive: true, force: true });
          logger.warn('The prerender bundle holds no content store as Astro 7.3 writes it: nothing was kept.');
          return;
        }
        writeFileSync(join(target, publishManifestFile), JSON.stringify(manifest));
        // The status paths this build wrote, so that the first publish renders only pages that changed.
        const keys: StatusKeys = Object.fromEntries(
          statusPaths.map(({ pathname, route, cacheKey }) => [
            pathname,
            {
              key: cacheKey === undefined ? null : String(cacheKey),
              file: join(outDir, builtFile(pathname, route.type)),
            },
          ]),
        );
        writeFileSync(join(target, statusKeysFile), JSON.stringify(keys));
        // What the incidents this build checked refer to, so that a publish checks again only what changed.
        const catalogues = (['site', 'components'] as const).map((kind) => {
          const path = layoutGlob(layoutRow(kind));
          return { kind, path, text: readTextFile(resolve(options.projectRoot, options.contentDir, path)) };
        });
        writeFileSync(join(target, cataloguesFile), JSON.stringify(catalogueDigests(catalogues)));
        logger.info(`Kept the prerender bundle for publish:status in ${pathToFileURL(target).pathname}.`);
      },
    },
  };
}
