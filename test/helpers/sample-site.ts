/**
 * The one real build of the sample content that test/setup/sample-site.ts
 * makes for the whole test run, and the address it is served at. Tests read
 * it and never write into it; a test that needs to change it copies it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { BuildResult } from './astro-build.ts';

export interface SampleSite extends BuildResult {
  /** Where tools/static-server.ts serves it, with its `_headers`; empty when the build failed. */
  url: string;
}

let site: Promise<SampleSite> | undefined;

/** The shared build, once it is done (whether or not it succeeded). */
export function sampleSite(): Promise<SampleSite> {
  site ??= (async () => {
    const { doneFile } = inject('sampleSite');
    // Longer than any build takes on a 2-core machine, shorter than the hook timeout.
    const deadline = Date.now() + 150_000;
    while (!existsSync(doneFile)) {
      if (Date.now() > deadline) throw new Error('The shared build of the sample content did not finish in time.');
      await sleep(100);
    }
    return JSON.parse(readFileSync(doneFile, 'utf8')) as SampleSite;
  })();
  return site;
}

/** The shared build, which must have succeeded: for tests that read its pages. */
export async function builtSampleSite(): Promise<SampleSite> {
  const built = await sampleSite();
  if (built.status !== 0) throw new Error(`The build of the sample content failed:\n${built.output}`);
  return built;
}
