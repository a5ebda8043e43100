/**
 * The folder that holds the authored content, relative to the project root.
 * `PLAINSIGHT_CONTENT_DIR` points the build at another tree: the tests and
 * the benchmark build generated or broken content with it.
 */
export function contentDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const dir = env['PLAINSIGHT_CONTENT_DIR'];
  return dir === undefined || dir === '' ? 'content' : dir.replace(/\/+$/, '');
}
