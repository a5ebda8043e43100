/** What a full build keeps for publish:status: where, for which code, and which pages show status data. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtFile,
  codeVersion,
  isStatusRoute,
  keptBundleDir,
  publishManifestFile,
  pruneKeptBundles,
  showsStatus,
  statusMdxComponents,
} from '../../src/integrations/prerender-bundle.ts';
import { projectRoot } from '../helpers/content-tree.ts';

describe('the kept prerender bundle', () => {
  it('lives inside the project, one folder per output folder', () => {
    const cache = join(projectRoot, 'node_modules/.cache/plainsight-prerender');
    expect(keptBundleDir(projectRoot, join(projectRoot, 'dist'))).toBe(join(cache, 'dist'));
    expect(keptBundleDir(projectRoot, '/tmp/plainsight-dist-x1/')).toBe(join(cache, 'tmp-plainsight-dist-x1'));
  });

  it('deletes the kept bundles of output folders that are gone', () => {
    const root = mkdtempSync(join(tmpdir(), 'plainsight-code-'));
    try {
      const keep = (outDir: string) => {
        const dir = keptBundleDir(root, outDir);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, publishManifestFile), JSON.stringify({ outDir }));
        return dir;
      };
      const there = keep(root);
      const gone = keep(join(root, 'no-such-dist'));
      pruneKeptBundles(root);
      expect(existsSync(there)).toBe(true);
      expect(existsSync(gone)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('names the files a build writes for a path', () => {
    expect(builtFile('/', 'page')).toBe('index.html');
    expect(builtFile('/status/incidents/a/', 'page')).toBe('status/incidents/a/index.html');
    expect(builtFile('/api/v2/summary.json', 'endpoint')).toBe('api/v2/summary.json');
  });

  it('tells status routes from the others', () => {
    for (const route of ['/', '/status', '/status/incidents/[id]', '/api/v2/[...document]'])
      expect(isStatusRoute(route), route).toBe(true);
    for (const route of ['/statuses', '/api/pricing.json', '/papers/[slug]'])
      expect(isStatusRoute(route), route).toBe(false);
  });

  it('knows every MDX component that shows status data', () => {
    const dir = join(projectRoot, 'src/components/mdx');
    const readers = readdirSync(dir)
      .filter((file) => file.endsWith('.astro'))
      .filter((file) =>
        /status-record|getIncidents|getMaintenances|getComponents/.test(readFileSync(join(dir, file), 'utf8')),
      )
      .map((file) => file.replace(/\.astro$/, ''))
      .sort();
    expect(readers).toEqual([...statusMdxComponents].sort());
    expect(showsStatus('We had <IncidentCount from="2026-01-01" /> incidents.')).toBe(true);
    expect(showsStatus('We had <Price plan="x" />.')).toBe(false);
  });

  it('changes its code version with the code, not with the content or the command lines', () => {
    const root = mkdtempSync(join(tmpdir(), 'plainsight-code-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      write('src/pages/index.astro', '<p>one</p>');
      write('package-lock.json', '{}');
      const version = codeVersion(root);
      expect(version).toMatch(/^[\w-]{43}$/);
      write('content/status/incidents/a.md', '---\n---\n');
      write('src/cli/publish-status.ts', '');
      expect(codeVersion(root)).toBe(version);
      write('src/pages/index.astro', '<p>two</p>');
      expect(codeVersion(root)).not.toBe(version);
      write('src/pages/index.astro', '<p>one</p>');
      write('package-lock.json', '{"astro":"7.4"}');
      expect(codeVersion(root)).not.toBe(version);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
