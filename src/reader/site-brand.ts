import { readFileSync } from 'node:fs';
import { BrandSchema, type Brand } from '../schemas/brand.ts';
import { decodeUtf8 } from './content-files.ts';
import { siteFilePath } from './site-url.ts';
import { readYamlRecord } from './yaml.ts';

/**
 * The brand of `site.yaml`, for the build's stylesheet and header: each part
 * (logo, colours, fonts) that matches its schema. A part that does not is
 * left out, as is everything when the file cannot be read: the content check
 * reports why, with the line (a build stops there; `astro dev` keeps serving
 * meanwhile).
 */
export function readSiteBrand(projectRoot: string, contentDir: string): Brand {
  let brand: unknown;
  try {
    const text = decodeUtf8(readFileSync(siteFilePath(projectRoot, contentDir)));
    brand = text === undefined ? undefined : readYamlRecord(text)['brand'];
  } catch {
    return {};
  }
  if (typeof brand !== 'object' || brand === null) return {};
  const written = brand as Record<string, unknown>;
  const part = (key: keyof typeof BrandSchema.shape) => {
    const parsed = BrandSchema.shape[key].safeParse(written[key]);
    return parsed.success && parsed.data !== undefined ? { [key]: parsed.data } : {};
  };
  return { ...part('logo'), ...part('colors'), ...part('fonts') };
}
