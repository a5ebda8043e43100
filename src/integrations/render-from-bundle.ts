/**
 * Renders routes again from a kept prerender bundle (keep-prerender-bundle.ts)
 * and writes them where a full build writes them, with what Astro's default
 * prerenderer gives the bundle's app in a build: the manifest's stylesheets and
 * scripts stand in for the build's internals. The request for each path is
 * the one Astro's build makes (trailingSlash 'always', format 'directory').
 *
 * This imports Astro internals (paths under astro/dist that are not among
 * the package's exports, as of Astro 7.3); publish:status refuses a bundle
 * made by other code, the installed Astro included (package-lock.json).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { staticImageKey, type PublishManifest } from './prerender-bundle.ts';

/** An image the last full build did not render: only a build can write it. */
export class ImageNotBuilt extends Error {}

/** The parts of Astro's internal shapes used here (Astro 7.3). */
export interface BundleRoute {
  route: string;
  component: string;
  type: string;
}
interface PathWithRoute {
  pathname: string;
  route: BundleRoute;
  cacheKey?: unknown;
}
interface PrerenderApp {
  manifest: { routes: Array<{ routeData: BundleRoute }>; site?: string };
  routeCache: unknown;
  getComponentByRoute(route: BundleRoute): Promise<unknown>;
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
}
interface AstroInternals {
  StaticPaths: new (app: unknown) => { getAll(): Promise<PathWithRoute[]> };
  renderForPrerender(
    app: PrerenderApp,
    request: Request,
    options: { routeData: BundleRoute },
  ): Promise<{ response: Response }>;
  getOutFolder(settings: unknown, pathname: string, route: BundleRoute): URL;
  getOutFile(format: string, folder: URL, pathname: string, route: BundleRoute): URL;
  createRequest(options: { url: URL; headers: Headers; isPrerendered: boolean; routePattern: string }): Request;
}

/** Astro's own folder: its internals are not among the package's exports. */
const astroPackage = import.meta.resolve('astro/package.json');
const internal = async (path: string): Promise<Partial<AstroInternals>> =>
  (await import(new URL(`dist/${path}`, astroPackage).href)) as Partial<AstroInternals>;

/** One path of a route the bundle can render, with the file a build writes it to. */
export interface BundlePath {
  pathname: string;
  route: BundleRoute;
  /** The page's cacheKey from getStaticPaths, when it gives one. */
  cacheKey: string | undefined;
  /** The absolute path of the file it is written to. */
  outFile: string;
}

/** A loaded bundle: its paths (for the routes chosen) and a way to render one. */
export interface LoadedBundle {
  paths: BundlePath[];
  /** The bytes a build writes for the path. */
  render(path: BundlePath): Promise<Buffer>;
}

/** Loads the bundle in `bundleDir` and lists the paths of the routes `include` accepts, as written under `outDir`. */
export async function loadBundle(
  bundleDir: string,
  manifest: PublishManifest,
  outDir: string,
  include: (route: string) => boolean,
): Promise<LoadedBundle> {
  const entryName = readdirSync(bundleDir).find((name) => /^prerender-entry.*\.mjs$/.test(name));
  if (entryName === undefined) throw new Error(`${bundleDir}: no prerender entry`);
  const { app } = (await import(pathToFileURL(join(bundleDir, entryName)).href)) as { app: PrerenderApp };
  app.setInternals({
    pagesByKeys: new Map(Object.entries(manifest.styles).map(([key, styles]) => [key, { styles }])),
    entrySpecifierToBundleMap: new Map(Object.entries(manifest.entrySpecifierToBundleMap)),
  });
  // Only the options the app reads while rendering: the scripts added to pages and a logger that drops requests' logs.
  app.setOptions({
    settings: { scripts: manifest.scripts, config: app.manifest },
    logger: { options: { destination: { write: () => true } } },
  });
  // The image addresses of the build: a status page with an image the build did not render needs a full build.
  (globalThis as { astroAsset?: object }).astroAsset = {
    ...(globalThis as { astroAsset?: object }).astroAsset,
    addStaticImage: (...args: unknown[]) => {
      const url = manifest.images[staticImageKey(args)];
      if (url === undefined) throw new ImageNotBuilt(JSON.stringify(args[0]));
      return url;
    },
  };
  const { StaticPaths, renderForPrerender, getOutFolder, getOutFile, createRequest } = {
    ...(await internal('runtime/prerender/static-paths.js')),
    ...(await internal('core/app/prerender.js')),
    ...(await internal('core/build/common.js')),
    ...(await internal('core/request.js')),
  } as AstroInternals;
  const scoped = {
    manifest: { ...app.manifest, routes: app.manifest.routes.filter(({ routeData }) => include(routeData.route)) },
    routeCache: app.routeCache,
    getComponentByRoute: app.getComponentByRoute.bind(app),
  };
  const settings = {
    config: { outDir: pathToFileURL(outDir.replace(/\/?$/, '/')), build: { format: 'directory' } },
    buildOutput: 'static',
  };
  const paths = (await new StaticPaths(scoped).getAll()).map(({ pathname, route, cacheKey }) => {
    const encoded = encodeURI(pathname);
    const outFile = fileURLToPath(getOutFile('directory', getOutFolder(settings, encoded, route), encoded, route));
    return { pathname, route, cacheKey: cacheKey === undefined ? undefined : String(cacheKey), outFile };
  });
  const origin = new URL(app.manifest.site ?? 'http://localhost').origin;
  return {
    paths,
    async render({ pathname, route }) {
      // As the build asks for a path: a page with a final slash, an endpoint (its name has an extension) as it is.
      const urlPath = route.type === 'page' && !pathname.endsWith('/') ? `${pathname}/` : pathname;
      const request = createRequest({
        url: new URL(urlPath, origin),
        headers: new Headers(),
        isPrerendered: true,
        routePattern: route.component,
      });
      const { response } = await renderForPrerender(app, request, { routeData: route });
      if (response.status >= 300) throw new Error(`${pathname}: the bundle answered ${response.status}`);
      return Buffer.from(await response.arrayBuffer());
    },
  };
}
