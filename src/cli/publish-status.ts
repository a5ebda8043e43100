/**
 * `npm run publish:status`: writes the status pages, the /api/v2/ documents,
 * the status feeds, the badges and the home page (its status line) of new
 * status content into an existing dist/, the same bytes a full build of that
 * content would write, in seconds rather than minutes.
 *
 * It renders from the prerender bundle the last full build kept
 * (src/integrations/keep-prerender-bundle.ts), with the status content read
 * by the project's own reader and checked by the same rules as the build.
 * Status files are the only content it reads again: other content changed
 * since the last full build stays as that build wrote it, so it needs a full
 * build of the same code first (exit 2 otherwise).
 */
import './compile-cache.ts';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { buildNow } from '../domain/dates.ts';
import { contentDir } from '../reader/content-dir.ts';
import { ContentFolderMissing, readContentFiles, type ContentFile } from '../reader/content-files.ts';
import type { ContentKind } from '../reader/layout.ts';
import {
  catalogueDigests,
  cataloguesFile,
  codeVersion,
  isStatusRoute,
  keptBundleDir,
  publishManifestFile,
  searchPagesFile,
  statusKeysFile,
  type PublishManifest,
  type SearchPages,
  type StatusKeys,
} from '../integrations/prerender-bundle.ts';
import { contentDigest, statusCollectionsFrom, type DataStore } from '../integrations/status-data-store.ts';
import { handStore, hasKeptDataStore, readKeptStores, writeStatusEntries } from '../integrations/kept-data-store.ts';
import type { BundlePath } from '../integrations/render-from-bundle.ts';
import { parseCommandLine, usageError } from './command-line.ts';
import { checkStatusFiles } from './status-check.ts';

const name = 'publish:status';
const { values } = parseCommandLine({
  name,
  usage: `Usage: npm run ${name} [-- options]

Writes the status pages, /api/v2/, the status feeds and badges and the home
page of the current status content into the last full build's output, as a
full build would write them. Needs a full build (npm run build) of the same code.

Options:
  --out <dir>   the build's output folder (default: $PLAINSIGHT_OUT_DIR or dist)
  --all         render every status page, not only those whose content changed
  --search      index the whole site again, rather than the pages published since the last build
  --help        show this help`,
  options: {
    out: { type: 'string' },
    all: { type: 'boolean', default: false },
    search: { type: 'boolean', default: false },
  },
});

const started = performance.now();
const root = process.cwd();
const dir = contentDir();
const outDir = resolve(root, values.out ?? process.env['PLAINSIGHT_OUT_DIR'] ?? 'dist');
const bundleDir = keptBundleDir(root, outDir);
const manifestPath = join(bundleDir, publishManifestFile);
const buildFirst = 'Run "npm run build" first: publish:status renders from what a full build keeps.';

if (!existsSync(join(outDir, 'index.html')) || !existsSync(manifestPath))
  usageError(name, `there is no full build to publish into (${outDir} with ${bundleDir}). ${buildFirst}`);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PublishManifest;
if (manifest.codeVersion !== codeVersion(root))
  usageError(
    name,
    `the code (src/, astro.config.mjs or the installed packages) changed since the build in ${outDir}, ` +
      `so its pages could differ from what this code renders. ${buildFirst}`,
  );

// 1. The status files, checked as the build checks them: a file the build would refuse writes nothing.
const statusKinds: ReadonlySet<ContentKind | undefined> = new Set(['site', 'components', 'incident', 'maintenance']);
let files: ContentFile[];
try {
  // The status files, and the files of no kind and the brand's, which the build checks with site.yaml.
  files = readContentFiles(
    root,
    dir,
    (kind) => statusKinds.has(kind) || kind === undefined || kind.startsWith('brand-'),
  );
} catch (error) {
  if (error instanceof ContentFolderMissing) usageError(name, error.message);
  throw error;
}
const statusFiles = files.filter((file) => statusKinds.has(file.kind));
const lap = (label: string) => console.log(`  ${label} (${Math.round(performance.now() - started)} ms)`);
if (!hasKeptDataStore(bundleDir)) usageError(name, `${bundleDir} holds no content store. ${buildFirst}`);
// The build's store, and the store as the last publish left it (the build's, with what that publish changed).
const { build: buildStore, previous } = await readKeptStores(bundleDir);
const digestOf = await contentDigest();
const cataloguesPath = join(bundleDir, cataloguesFile);
const catalogues = catalogueDigests(files);
// An incident the last build or publish accepted, unchanged, is accepted again unless components.yaml or
// site.yaml (what it refers to) changed: the rules that look across incidents are warnings that depend on
// the time (a stale incident), which only a full check reports. The maintenance files are few and all
// checked, since windows must not overlap; the brand's files and files of no kind go with site.yaml.
const cataloguesChanged =
  !existsSync(cataloguesPath) || readFileSync(cataloguesPath, 'utf8') !== JSON.stringify(catalogues);
const unchangedIncident = (file: ContentFile) =>
  file.kind === 'incident' && previous.get('incidents')?.get(file.stem)?.digest === digestOf(file);
const toCheck = files.filter(
  (file) =>
    (statusKinds.has(file.kind) && (cataloguesChanged || !unchangedIncident(file))) ||
    file.kind === undefined ||
    file.kind.startsWith('brand-'),
);
const now = buildNow(process.env);
// Checked on the other core while this one renders; nothing is written before the answer.
const checking = checkStatusFiles(root, dir, toCheck, now);
lap(`checking ${toCheck.length} of ${statusFiles.length} status files (the others are unchanged)`);

// 2. The content store: the build's, with the status collections read again.
const markdown = async () => {
  // Only when a Markdown file changed: the site's settings, which leave the rest (GFM, smart punctuation) at
  // the defaults Astro's content sync hands the processor too.
  const { markdownConfig } = await import('../integrations/markdown-config.ts');
  return markdownConfig.processor.createRenderer({ syntaxHighlight: markdownConfig.syntaxHighlight });
};
const status = await statusCollectionsFrom(root, statusFiles, previous, markdown).catch(refusedOr);
// Every page shows the site settings; only a full build writes them into every page.
const siteData = (from: DataStore) => JSON.stringify(from.get('site')?.get('site')?.data);
if (siteData(status as DataStore) !== siteData(previous))
  usageError(name, `${dir}/site.yaml changed since the last full build, and every page shows it. ${buildFirst}`);
const store: DataStore = new Map(buildStore);
for (const [collection, entries] of status) store.set(collection, entries);
handStore(store);
lap('status content stored');

// 3. The status routes, rendered from the bundle; a page whose cacheKey is unchanged is left as it is.
const { ImageNotBuilt, loadBundle } = await import('../integrations/render-from-bundle.ts');
// Papers (and policies) that show status figures with an MDX component are rendered again too: those the
// bundle compiled (a paper changed since the build is the build's until the next one).
const papersShowingStatus = new Set(manifest.statusPapers);
const policiesShowStatus = manifest.statusPolicies;
const bundle = await loadBundle(
  bundleDir,
  manifest,
  outDir,
  (route) =>
    isStatusRoute(route) ||
    (route === '/papers/[slug]' && papersShowingStatus.size > 0) ||
    (policiesShowStatus && route.startsWith('/policies')),
);
// The pages written and removed, by address, for the search index.
const writtenPages = new Set<string>();
const removedPages = new Set<string>();
const keysPath = join(bundleDir, statusKeysFile);
const previousKeys = JSON.parse(readFileSync(keysPath, 'utf8')) as StatusKeys;
const nextKeys: StatusKeys = {};
const rendered: Array<{ path: BundlePath; bytes: Buffer }> = [];
let keyed = 0;
for (const path of bundle.paths) {
  if (!isStatusRoute(path.route.route)) {
    if (path.route.route !== '/papers/[slug]' || papersShowingStatus.has(path.pathname.replace(/\/$/, '')))
      rendered.push({ path, bytes: await render(path) });
    continue;
  }
  nextKeys[path.pathname] = { key: path.cacheKey ?? null, file: path.outFile };
  const before = previousKeys[path.pathname];
  const unchanged = path.cacheKey !== undefined && before?.key === path.cacheKey && existsSync(path.outFile);
  if (unchanged && !values.all) continue;
  rendered.push({ path, bytes: await render(path) });
  keyed++;
}
lap(`${rendered.length} files rendered`);

// 4. Written, once the check accepted the status files.
await accepted();
// A file whose bytes are already there is left alone: its search entry, its copy on a CDN, its time stay.
let same = 0;
for (const { path, bytes } of rendered) {
  if (existsSync(path.outFile) && readFileSync(path.outFile).equals(bytes)) {
    same++;
    continue;
  }
  mkdirSync(dirname(path.outFile), { recursive: true });
  writeFileSync(path.outFile, bytes);
  if (path.route.type === 'page') writtenPages.add(pageAddress(path.pathname));
}
// A page whose entry is gone (a renamed incident, say) goes too, with the folders it leaves empty.
let removed = 0;
for (const [pathname, { file }] of Object.entries(previousKeys)) {
  if (nextKeys[pathname] !== undefined) continue;
  rmSync(file, { force: true });
  removeEmptyFolders(dirname(file));
  removed++;
  if (file.endsWith(`${sep}index.html`)) removedPages.add(pageAddress(pathname));
}
await writeStatusEntries(bundleDir, store, buildStore);
writeFileSync(keysPath, JSON.stringify(nextKeys));
writeFileSync(cataloguesPath, JSON.stringify(catalogues));
const unchanged = Object.keys(nextKeys).length - keyed + same;
lap(`${rendered.length - same} files written, ${unchanged} unchanged, ${removed} removed`);

// 5. The search index. Pagefind cannot update an index: the pages written since the last full build get a
// small one of their own, which the search page merges, in place of their entries in the build's index
// (--search indexes the whole site again instead).
const { writeLiveSearchIndex, writeSearchIndex } = await import('../integrations/search-index.ts');
const searchPagesPath = join(bundleDir, searchPagesFile);
if (values.search) {
  const { indexed } = await writeSearchIndex(outDir);
  writeFileSync(searchPagesPath, JSON.stringify({ written: [], removed: [] } satisfies SearchPages));
  lap(`search index of the whole site written (${indexed} pages)`);
} else {
  const before: SearchPages = existsSync(searchPagesPath)
    ? (JSON.parse(readFileSync(searchPagesPath, 'utf8')) as SearchPages)
    : { written: [], removed: [] };
  const since: SearchPages = {
    written: [...new Set([...before.written, ...writtenPages])].filter((url) => !removedPages.has(url)).sort(),
    removed: [...new Set([...before.removed, ...removedPages])].filter((url) => !writtenPages.has(url)).sort(),
  };
  writeFileSync(searchPagesPath, JSON.stringify(since));
  const { indexed } = await writeLiveSearchIndex(outDir, since.written, [...since.written, ...since.removed]);
  lap(`search entries of the ${indexed} pages written since the last full build`);
}
console.log(
  `${name}: published the status of ${dir} into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);

/** Waits for the check; when it refuses a file, prints its report and exits 1, with nothing written. */
async function accepted(): Promise<void> {
  const report = await checking;
  if (report === undefined) return;
  console.error(report);
  console.error(`${name}: the build would refuse this status content, so nothing was written.`);
  process.exit(1);
}

/** What went wrong while the check ran: the check's report when it refuses a file, else the error itself. */
async function refusedOr(error: unknown): Promise<never> {
  await accepted();
  throw error;
}

/** Renders one path; an image the last build did not render (a new one in a status file) needs a full build. */
async function render(path: BundlePath): Promise<Buffer> {
  try {
    return await bundle.render(path);
  } catch (error) {
    if (!(error instanceof ImageNotBuilt)) throw error;
    usageError(
      name,
      `${path.pathname} shows an image the last full build did not render (${error.message}). ${buildFirst}`,
    );
  }
}

/** A page's address as search lists it, with its final slash. */
function pageAddress(pathname: string): string {
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

function removeEmptyFolders(folder: string): void {
  while (folder.startsWith(outDir + '/') && readdirSync(folder).length === 0) {
    rmdirSync(folder);
    folder = dirname(folder);
  }
}
