// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { contentDir } from './src/content-dir.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { cspDirectives, cspScriptResources } from './src/security/csp.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { transparencyCheck } from './src/integrations/transparency-check.ts';

const dir = contentDir();
/** The site's public address comes from the content, so editors own it. */
const siteUrl = (() => {
  try {
    // resolve(), not a URL: the content folder may be an absolute path (tests, the benchmark).
    const site = parse(
      readFileSync(resolve(fileURLToPath(new URL('.', import.meta.url)), dir, 'site.yaml'), 'utf8').replace(
        /^\uFEFF/,
        '',
      ),
    );
    return typeof site?.url === 'string' ? site.url : undefined;
  } catch {
    // The content gate reports a missing or broken site.yaml with its line.
    return undefined;
  }
})();

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  outDir: process.env.PLAINSIGHT_OUT_DIR ?? './dist',
  // Astro caches the content it loaded in cacheDir; a build of another tree
  // (tests, the benchmark) gets a cache of its own, or the next build of
  // content/ would find stale entries of the same ids and warn about them.
  ...(dir === 'content'
    ? {}
    : { cacheDir: join(tmpdir(), 'plainsight-astro-cache', dir.replace(/[^a-zA-Z0-9]+/g, '-')) }),
  integrations: [contentGate({ contentDir: dir }), transparencyCheck({ contentDir: dir }), mdx(), searchIndex()],
  devToolbar: { enabled: false },
  // Astro's own Markdown processor (Sätteri) with its defaults; only the
  // footnotes section is named for what papers use it for.
  markdown: {
    processor: satteri({
      features: {
        gfm: { footnotes: { label: 'Notes and references', backLabel: 'Back to the text of note {reference}' } },
      },
    }),
  },
  // A Content Security Policy in every page's <head>: Astro adds the hashes
  // of the scripts and styles it bundles to script-src and style-src; the
  // directives below allow nothing else (public/_headers sends the same
  // policy as a header, with what a <meta> cannot carry, such as frame-ancestors).
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...cspScriptResources] },
    },
  },
  // Styles and scripts always as files from the site itself, never inlined:
  // then the one policy in public/_headers ('self', no per-page hashes)
  // allows exactly what the pages use.
  build: { inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks every MDX module with a "use astro:head-inject"
        // directive that the bundler warns about once per file: a known,
        // harmless Astro 7 issue (withastro/astro#18087). Hiding exactly that
        // warning keeps real warnings visible to content editors.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
