// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentDir } from './src/content-dir.ts';
import { contentGate } from './src/integrations/content-gate.ts';

const dir = contentDir();
/** The site's public address comes from the content, so editors own it. */
const siteUrl = (() => {
  try {
    const site = parse(readFileSync(new URL(`./${dir}/site.yaml`, import.meta.url), 'utf8').replace(/^\uFEFF/, ''));
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
  integrations: [contentGate({ contentDir: dir }), mdx()],
  devToolbar: { enabled: false },
});
