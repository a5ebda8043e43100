// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brandAssets } from './src/integrations/brand-assets.ts';
import { buildViteCache } from './src/integrations/build-vite-cache.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { keepPrerenderBundle } from './src/integrations/keep-prerender-bundle.ts';
import { markdownConfig } from './src/integrations/markdown-config.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentDir } from './src/reader/content-dir.ts';
import { readSiteUrl } from './src/reader/site-url.ts';
import { cspDirectives, cspScriptResources } from './src/security/csp.ts';

const dir = contentDir();
/** The site's public address comes from the content, so editors own it. */
const siteUrl = readSiteUrl(fileURLToPath(new URL('.', import.meta.url)), dir);

export default defineConfig({
  ...(siteUrl ? { site: siteUrl } : {}),
  trailingSlash: 'always',
  outDir: process.env.PLAINSIGHT_OUT_DIR ?? './dist',
  // Astro caches the content it loaded in cacheDir; a build of another tree
  // (tests, the benchmark) gets a cache of its own, or the next build of
  // content/ would find stale entries of the same ids and warn about them.
  ...(dir === 'content'
    ? {}
    : { cacheDir: join(tmpdir(), 'plainsight-astro-cache', dir.replace(/[^a-zA-Z0-9]+/g, '-')) }),
  integrations: [
    buildViteCache(),
    contentCheck({ contentDir: dir }),
    brandAssets({ contentDir: dir }),
    mdx(),
    searchIndex(),
    // Keeps what `npm run publish:status` renders the status pages from (beside outDir; see the README).
    keepPrerenderBundle({ projectRoot: fileURLToPath(new URL('.', import.meta.url)), contentDir: dir }),
  ],
  // Astro's dev toolbar exists only in `astro dev` (a build has none); it
  // carries the content check's lens (src/integrations/content-lens.ts).
  devToolbar: { enabled: true },
  // Astro's own Markdown processor, with the settings publish:status renders incidents with too.
  markdown: markdownConfig,
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
