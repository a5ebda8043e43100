/**
 * `npm run publish:status` end to end: a full build of content A, status
 * changes published into it (a new incident, an update, a removed incident,
 * the last through `new:incident --publish`), then compared byte for byte
 * with a full build of the changed content at the same now. Every file of
 * /status/, /api/v2/, the home page and the papers that show incident figures
 * must be the same, and no other file of the site may change (the search index
 * is documented as not rewritten).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptBundleDir, publishManifestFile } from '../../src/integrations/prerender-bundle.ts';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../tools/static-server.ts';
import { astroBuild, fixedEpoch } from '../helpers/astro-build.ts';
import { chromiumArgs, chromiumPath } from '../helpers/browser.ts';
import { ContentTree, projectRoot } from '../helpers/content-tree.ts';

/** Every file under `dir`, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** The files of two builds that differ (`diff -r`): in one only, or with other bytes. */
function differences(a: string, b: string, include: (file: string) => boolean): string[] {
  const left = filesUnder(a).filter(include);
  const right = filesUnder(b).filter(include);
  const all = [...new Set([...left, ...right])].sort();
  return all.filter((file) => {
    if (!left.includes(file) || !right.includes(file)) return true;
    return !readFileSync(join(a, file)).equals(readFileSync(join(b, file)));
  });
}

/** What publish:status writes: the home page, /status/, /api/v2/ and the sample's one paper with incident figures. */
const published = (file: string) =>
  file === 'index.html' ||
  file.startsWith('status/') ||
  file.startsWith('api/v2/') ||
  file === 'papers/our-year-in-outages/index.html';

/** Runs a command line of src/cli/ with the tree, the fixed now and the output folder. */
function run(script: string, args: string[], contentDir: string, outDir: string) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'src/cli', script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'] ?? '',
      PLAINSIGHT_CONTENT_DIR: contentDir,
      PLAINSIGHT_OUT_DIR: outDir,
      SOURCE_DATE_EPOCH: fixedEpoch,
      ...(process.env['NODE_COMPILE_CACHE'] ? { NODE_COMPILE_CACHE: process.env['NODE_COMPILE_CACHE'] } : {}),
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('publish:status', () => {
  let tree: ContentTree;
  let outA: string;
  let built: string;
  const temporary: string[] = [];

  /**
   * An output folder inside the project: Astro writes the prerender bundle of a build into /tmp to the
   * project's one .astro/.prerender/, which a build running beside it (another test's) would move or delete.
   */
  const projectOutDir = () => {
    mkdirSync(join(projectRoot, 'node_modules/.cache'), { recursive: true });
    return mkdtempSync(join(projectRoot, 'node_modules/.cache/plainsight-test-dist-'));
  };

  beforeAll(async () => {
    tree = new ContentTree();
    const a = await astroBuild({ contentDir: tree.dir, outDir: projectOutDir() });
    expect(a.status, a.output).toBe(0);
    outA = a.outDir;
    // The build as written, to see what publishing changes.
    built = mkdtempSync(join(tmpdir(), 'plainsight-built-'));
    cpSync(outA, built, { recursive: true });
    temporary.push(outA, built, keptBundleDir(projectRoot, outA));
  });

  afterAll(() => {
    tree?.dispose();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a status file the build would refuse, with file and line, and writes nothing', () => {
    const file = 'status/incidents/2026-11-19-support-chat.md';
    const text = tree.read(file);
    tree.replace(file, 'impact: ', 'impact: catastrophic\nwas: ');
    try {
      const result = run('publish-status.ts', [], tree.dir, outA);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/2026-11-19-support-chat\.md\n\s+\d+:\d+\s+error/);
      expect(result.stderr).toContain('nothing was written');
      expect(differences(built, outA, () => true)).toEqual([]);
    } finally {
      tree.write(file, text);
    }
  });

  it('checks every incident again when components.yaml changed', () => {
    const file = 'status/components.yaml';
    const text = tree.read(file);
    tree.replace(file, '- id: dns\n', '- id: name-servers\n');
    try {
      const result = run('publish-status.ts', [], tree.dir, outA);
      expect(result.status).toBe(1);
      // An incident the build accepted, unchanged, now names a component that is gone.
      expect(result.stderr).toMatch(/2026-10-18-dns-outage\.md\n\s+\d+:\d+\s+error.*"dns"/);
      expect(differences(built, outA, () => true)).toEqual([]);
    } finally {
      tree.write(file, text);
    }
  });

  it('writes the same status files as a full build of the changed content', async () => {
    const opened = run(
      'new-incident.ts',
      ['Chat is down', '--component', 'support-lines', '--at', '2026-11-21T23:00:00Z'],
      tree.dir,
      outA,
    );
    expect(opened.status, opened.stderr).toBe(0);
    // A postmortem, so that Markdown is rendered for a changed entry, as Astro's content sync renders it.
    const openedFile = 'status/incidents/2026-11-21-chat-is-down.md';
    tree.write(
      openedFile,
      `${tree.read(openedFile)}\n## What happened\n\nThe chat provider's *certificate* expired; quokka renewed it.\n`,
    );
    tree.remove('status/incidents/2026-09-03-dns-slow.md');
    const first = run('publish-status.ts', [], tree.dir, outA);
    expect(first.status, first.stderr).toBe(0);
    // The second publish starts from the first one's store and keys, through new:incident's offer.
    const updated = run(
      'new-incident.ts',
      [
        '--update',
        '2026-11-21-chat-is-down',
        '--status',
        'identified',
        '--message',
        'A fault in the chat provider.',
        '--publish',
      ],
      tree.dir,
      outA,
    );
    expect(updated.status, updated.stderr).toBe(0);
    expect(updated.stdout).toContain('publish:status: published');

    const b = await astroBuild({ contentDir: tree.dir, outDir: projectOutDir() });
    temporary.push(b.outDir, keptBundleDir(projectRoot, b.outDir));
    expect(b.status, b.output).toBe(0);
    expect(filesUnder(outA)).toContain('status/incidents/2026-11-21-chat-is-down/index.html');
    expect(differences(outA, b.outDir, published)).toEqual([]);
    // Nothing else changed: every other file is the first build's, and the same as the second build's but the
    // search index (the publish writes the entries of the pages it wrote into an index of their own).
    const searchIndex = (file: string) => file.startsWith('pagefind/') || file.startsWith('pagefind-live/');
    expect(differences(built, outA, (file) => !published(file) && !searchIndex(file))).toEqual([]);
    expect(differences(outA, b.outDir, (file) => !searchIndex(file))).toEqual([]);
    expect(differences(built, outA, (file) => file.startsWith('pagefind/'))).toEqual([]);
  });

  it.skipIf(chromiumPath === undefined)(
    'finds what the publish wrote in search, and no longer what it removed, as a full build would',
    async () => {
      // What a reader of the search page sees: the results' addresses and the status line.
      const searchFor = async (outDir: string, query: string) => {
        const server = await serveStatic(outDir);
        const browser = await chromium.launch({ executablePath: chromiumPath!, args: chromiumArgs });
        try {
          const page = await browser.newPage();
          await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
          await page.locator(`#search-results[data-query="${query}"]`).waitFor({ state: 'attached' });
          const links = await page
            .locator('#search-results .search-result h2 a')
            .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
          return { links, status: await page.locator('#search-status').textContent() };
        } finally {
          await browser.close();
          await server.close();
        }
      };
      const newIncident = '/status/incidents/2026-11-21-chat-is-down/';
      // Before: the first build had neither the new incident nor the removal.
      expect((await searchFor(built, 'quokka')).links).toEqual([]);
      expect((await searchFor(built, 'overloaded')).links).toContain('/status/incidents/2026-09-03-dns-slow/');
      // After the publishes: the new page is found, the removed one is not, and the counts agree.
      expect(await searchFor(outA, 'quokka')).toEqual({ links: [newIncident], status: '1 result for “quokka”.' });
      // The fair use policy's "overload" still matches; the publish's small index, which lacks the word, adds no
      // page matched on a prefix of it.
      expect(await searchFor(outA, 'overloaded')).toEqual({
        links: ['/policies/fair-use/'],
        status: '1 result for “overloaded”.',
      });
      // The incident's update, posted by the second publish, is found on its page once, not also as it was.
      const update = await searchFor(outA, 'chat provider fault');
      expect(update.links.filter((link) => link === newIncident)).toHaveLength(1);
    },
  );

  it('asks for a full build when site.yaml changed, when there is none, or when the code changed since', () => {
    const site = tree.read('site.yaml');
    tree.replace('site.yaml', 'tagline: ', 'tagline: Now with more fiber. ');
    try {
      const changed = run('publish-status.ts', [], tree.dir, outA);
      expect(changed.status).toBe(2);
      expect(changed.stderr).toContain('site.yaml changed since the last full build');
    } finally {
      tree.write('site.yaml', site);
    }
    const empty = mkdtempSync(join(tmpdir(), 'plainsight-dist-'));
    temporary.push(empty);
    const none = run('publish-status.ts', [], tree.dir, empty);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Run "npm run build" first');
    const manifestPath = join(keptBundleDir(projectRoot, outA), publishManifestFile);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { codeVersion: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, codeVersion: 'other code' }));
    const other = run('publish-status.ts', [], tree.dir, outA);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('the code (src/, astro.config.mjs or the installed packages) changed');
  });
});
