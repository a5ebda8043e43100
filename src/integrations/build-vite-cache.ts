/**
 * Gives `astro build` a Vite cache of its own. Astro points every command at
 * one `node_modules/.vite/`, and a build rewrites the dependencies `astro dev`
 * optimised there: a dev server running beside a build (an editor's, or the
 * tests') then reloads its pages, and their modules fail with "504 Outdated
 * Optimize Dep" until it restarts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export function buildViteCache(): AstroIntegration {
  return {
    name: 'plainsight:build-vite-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command === 'dev') return;
        updateConfig({ vite: { cacheDir: fileURLToPath(new URL('node_modules/.vite-build/', config.root)) } });
      },
    },
  };
}
