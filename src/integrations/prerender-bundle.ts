/**
 * What a full build leaves for `npm run publish:status` and what that command
 * checks before it uses it: where the kept prerender bundle lives, the
 * manifest written beside it, the version of the code that made it, and
 * which routes are status routes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../reader/content-files.ts';

/**
 * The kept bundle of the build written to `outDir`, in the project's
 * node_modules/.cache/plainsight-prerender/ (`dist/` keeps it in `dist/`
 * there, a build into /tmp/x/dist in `tmp-x-dist/`): its chunks import
 * packages by name, which resolve only from inside the project.
 */
export function keptBundleDir(projectRoot: string, outDir: string): string {
  const name = relative(projectRoot, outDir).startsWith('..') ? outDir : relative(projectRoot, outDir);
  const slug = name.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '') || 'root';
  return join(keptBundlesDir(projectRoot), slug);
}

const keptBundlesDir = (projectRoot: string) => join(projectRoot, 'node_modules/.cache/plainsight-prerender');

/**
 * Deletes the kept bundles of output folders that no longer exist: every
 * build of a test or a benchmark into a temporary folder keeps one (1.4 MB
 * for the sample), and nothing else would remove it.
 */
export function pruneKeptBundles(projectRoot: string): void {
  const dir = keptBundlesDir(projectRoot);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const manifest = join(dir, name, publishManifestFile);
    try {
      const { outDir } = JSON.parse(readFileSync(manifest, 'utf8')) as Partial<PublishManifest>;
      if (outDir !== undefined && existsSync(outDir)) continue;
    } catch {
      // A bundle without a readable manifest (a build stopped half-way) is of no use either.
    }
    rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** The manifest's file name, inside the kept bundle. */
export const publishManifestFile = 'publish-manifest.json';

/** The file, inside the kept bundle, of the status paths last written and their cacheKeys. */
export const statusKeysFile = 'status-keys.json';

/** The file, inside the kept bundle, of the pages status publishes wrote and removed since the build. */
export const searchPagesFile = 'search-pages.json';

/** The addresses (`/status/incidents/x/`) of the pages publishes wrote, and removed, since the last full build. */
export interface SearchPages {
  written: string[];
  removed: string[];
}

/** Every status path last written into dist/: its page's cacheKey (null when its route gives none) and its file. */
export type StatusKeys = Record<string, { key: string | null; file: string }>;

/** What the build gave the bundle that the bundle does not hold, and what made it. */
export interface PublishManifest {
  /** The output folder of the build that made the bundle. */
  outDir: string;
  /** `codeVersion` of the project when the bundle was made. */
  codeVersion: string;
  /** Each page's stylesheets, by Astro's page key (as its build internals hold them). */
  styles: Record<string, unknown[]>;
  /** The build's map from entry specifiers to bundled files (the page script's, when there is one). */
  entrySpecifierToBundleMap: Record<string, string>;
  /** The scripts integrations add to pages (Astro's `settings.scripts`). */
  scripts: unknown[];
  /** The address the build gave each image it rendered, by `staticImageKey` of the request. */
  images: Record<string, string>;
  /** The papers (`/papers/<id>`) whose MDX, as this build compiled it, shows status data (`showsStatus`). */
  statusPapers: string[];
  /** Whether a policy version, as this build compiled it, shows status data. */
  statusPolicies: boolean;
}

/** A key for one of Astro's requests for an image file (`addStaticImage(options, hashProperties, path)`). */
export const staticImageKey = (args: readonly unknown[]): string => JSON.stringify(args.slice(0, 2));

/**
 * The files whose change changes what the bundle renders: the code, its
 * configuration and the locked packages. The command lines (src/cli/) are
 * not in the bundle, so a change there leaves a kept bundle usable.
 */
const codeRoots = ['src', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const notInBundle = (file: string) => file.startsWith(`src${sep}cli${sep}`);

function filesUnder(projectRoot: string, root: string): string[] {
  try {
    return readdirSync(join(projectRoot, root), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [root];
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * A digest of every file of the code (not the content): a bundle made by
 * other code would render other pages than a full build of this code, so
 * publish:status refuses it. Reading about 300 files takes a few milliseconds.
 */
export function codeVersion(projectRoot: string): string {
  const hash = createHash('sha256');
  const files = codeRoots
    .flatMap((root) => filesUnder(projectRoot, root))
    .filter((file) => !notInBundle(file))
    .sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(projectRoot, file)));
    hash.update('\0');
  }
  return hash.digest('base64url');
}

/** The routes a status publish writes: the home page (its status line), /status/** and /api/v2/**. */
export const isStatusRoute = (route: string): boolean =>
  route === '/' || route === '/status' || route.startsWith('/status/') || route.startsWith('/api/v2/');

/**
 * The file a build writes a path to, relative to outDir, with this site's
 * settings (trailingSlash 'always', format 'directory'): a page is
 * `<path>/index.html`, an endpoint (its path ends in a file name) the path itself.
 */
export function builtFile(pathname: string, routeType: string): string {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  if (routeType !== 'page') return path;
  return path === '' ? 'index.html' : `${path}/index.html`;
}

/**
 * The MDX components that show status data (src/components/mdx/): a paper or
 * policy that uses one is rendered again by a status publish too.
 * test/integrations/prerender-bundle.test.ts keeps this list whole.
 */
export const statusMdxComponents = ['IncidentCount', 'IncidentCauses', 'Uptime'] as const;

/** Whether an MDX text uses a component that shows status data. */
export const showsStatus = (text: string): boolean =>
  statusMdxComponents.some((component) => text.includes(`<${component}`));

/** The file, inside the kept bundle, of the digests of the files incidents refer to (`catalogueDigests`). */
export const cataloguesFile = 'catalogues.json';

/**
 * Digests of site.yaml and components.yaml, the files an incident's check
 * reads besides itself: publish:status checks every incident again when one
 * of them changed since the last build or publish.
 */
export function catalogueDigests(
  files: ReadonlyArray<Pick<ContentFile, 'kind' | 'path' | 'text'>>,
): Record<string, string> {
  return Object.fromEntries(
    files
      .filter((file) => file.kind === 'site' || file.kind === 'components')
      .map((file) => [
        file.path,
        createHash('sha256')
          .update(file.text ?? '')
          .digest('base64url'),
      ]),
  );
}
