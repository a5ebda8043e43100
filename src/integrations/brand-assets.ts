/**
 * The brand of site.yaml on every page, from the site itself: two virtual
 * modules that src/layouts/Base.astro imports.
 *
 * - `virtual:plainsight/brand.css`: the brand's stylesheet
 *   (src/domain/brand/brand-stylesheet.ts). Bundled and hashed like any
 *   other stylesheet, so the Content Security Policy needs no inline style;
 *   the fonts it names are published as files beside it.
 * - `virtual:plainsight/brand`: the published addresses of the logo and the
 *   body font, for the header and the font's preload.
 *
 * Only files the content check accepts are used (the same list,
 * src/domain/brand/brand-files.ts, and the same layout table): a build with
 * a missing file has already stopped at the check, and `astro dev` keeps
 * serving without it while the editor fixes it. In `astro dev` a change to
 * site.yaml or to a brand file reloads both modules.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { brandFiles } from '../domain/brand/brand-files.ts';
import { brandStylesheet } from '../domain/brand/brand-stylesheet.ts';
import { svgSize } from '../domain/brand/svg-size.ts';
import { layoutOf } from '../reader/layout.ts';
import { readSiteBrand } from '../reader/site-brand.ts';
import { siteFilePath } from '../reader/site-url.ts';

const cssId = 'virtual:plainsight/brand.css';
const assetsId = 'virtual:plainsight/brand';
// A CSS module's id must end in .css for Vite to treat it as a stylesheet.
const resolvedCssId = '\0plainsight-brand.css';
const resolvedAssetsId = `\0${assetsId}`;

/** The brand, and each file it names that is there and of its kind, by path, as an absolute path. */
function readBrand(projectRoot: string, contentDir: string) {
  const brand = readSiteBrand(projectRoot, contentDir);
  const files = new Map<string, string>();
  for (const file of brandFiles(brand)) {
    const absolute = resolve(projectRoot, contentDir, file.path);
    if (layoutOf(file.path)?.kind === file.kind && existsSync(absolute)) files.set(file.path, absolute);
  }
  return { brand, files };
}

/** The modules' code: the stylesheet, and the addresses, imported with `?url` so that the build publishes them. */
function brandModule(id: string, projectRoot: string, contentDir: string): string | undefined {
  if (id !== resolvedCssId && id !== resolvedAssetsId) return undefined;
  const { brand, files } = readBrand(projectRoot, contentDir);
  // Vite resolves an absolute file path in url() and publishes the file it names, hashed.
  if (id === resolvedCssId) return brandStylesheet(brand, (path) => files.get(path));
  const logo = brand.logo && files.get(brand.logo.file);
  const body = brand.fonts && files.get(brand.fonts.body.file);
  // The logo's size, for its <img>; 48 by 48 when the SVG gives none (the stylesheet sets its height anyway).
  const size = (logo && svgSize(readFileSync(logo, 'utf8'))) ?? { width: 48, height: 48 };
  const logoFields = { showsName: brand.logo?.showsName === true, ...size };
  return [
    logo ? `import logoUrl from ${JSON.stringify(`${logo}?url`)};` : 'const logoUrl = undefined;',
    body ? `import bodyFontUrl from ${JSON.stringify(`${body}?url`)};` : 'const bodyFontUrl = undefined;',
    `export const logo = logoUrl && { src: logoUrl, ...${JSON.stringify(logoFields)} };`,
    'export const bodyFont = bodyFontUrl;',
  ].join('\n');
}

/** In `astro dev`: a change to site.yaml or to a brand file reloads the modules, and the page. */
function reloadOnChange(server: ViteDevServer, projectRoot: string, contentDir: string): void {
  const siteFile = siteFilePath(projectRoot, contentDir);
  const brandDir = resolve(projectRoot, contentDir, 'brand') + sep;
  server.watcher.add([siteFile, brandDir]);
  const reload = (file: string) => {
    if (file !== siteFile && !file.startsWith(brandDir)) return;
    for (const environment of Object.values(server.environments)) {
      for (const id of [resolvedCssId, resolvedAssetsId]) {
        const module = environment.moduleGraph.getModuleById(id);
        if (module) environment.moduleGraph.invalidateModule(module);
      }
    }
    server.ws.send({ type: 'full-reload' });
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
}

/** The Vite plugin behind the two modules. */
function brandPlugin(projectRoot: string, contentDir: string): Plugin {
  return {
    name: 'plainsight:brand',
    resolveId: (id) => (id === cssId ? resolvedCssId : id === assetsId ? resolvedAssetsId : undefined),
    load: (id) => brandModule(id, projectRoot, contentDir),
    configureServer: (server) => reloadOnChange(server, projectRoot, contentDir),
  };
}

export function brandAssets(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'plainsight:brand',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [brandPlugin(fileURLToPath(config.root), options.contentDir)] } });
      },
    },
  };
}
