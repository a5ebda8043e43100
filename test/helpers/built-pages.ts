import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page of a build as a path: /pricing/ for pricing/index.html, /404.html for 404.html. */
export function builtPages(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
    );
  return walk(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative(outDir, file).replace(/index\.html$/, '')}`)
    .sort();
}
