import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeUtf8 } from './content-files.ts';
import { layoutGlob, layoutRow } from './layout.ts';
import { SiteSchema } from '../schemas/site.ts';
import { readYamlRecord } from './yaml.ts';

/** Where site.yaml is, for a build of the content folder `contentDir` (relative to `projectRoot`). */
export function siteFilePath(projectRoot: string, contentDir: string): string {
  // resolve(), not a URL: the content folder may be an absolute path (tests, the benchmark).
  return resolve(projectRoot, contentDir, layoutGlob(layoutRow('site')));
}

/**
 * The site's public address, from `site.yaml`, for Astro's `site` option;
 * undefined when the file is missing or broken, which the content check
 * reports with its line.
 */
export function readSiteUrl(projectRoot: string, contentDir: string): string | undefined {
  try {
    const text = decodeUtf8(readFileSync(siteFilePath(projectRoot, contentDir)));
    const url = SiteSchema.shape.url.safeParse(text === undefined ? undefined : readYamlRecord(text)['url']);
    return url.success ? url.data : undefined;
  } catch {
    return undefined;
  }
}
