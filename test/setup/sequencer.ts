/**
 * The order in which test files start. vitest's own order runs the longest
 * first, by the durations it remembers, or the largest first on a fresh
 * clone (as in CI), and one project's files all before the other's. Here
 * the two longest files, which wait for the run's build of the sample
 * content, start first whatever vitest remembers, and the two projects
 * then take turns, so that files which need no build keep the cores busy
 * while it is made.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files of the run, longest first: about 45 and 25 s on two cores. */
const longest = ['test/browser/site-quality.test.ts', 'test/types/astro-check.test.ts'];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const index = longest.findIndex((path) => spec.moduleId.endsWith(path));
      return index === -1 ? longest.length : index;
    };
    const byProject = new Map<string, TestSpecification[]>();
    for (const spec of await super.sort(files)) {
      const name = spec.project.name;
      byProject.set(name, [...(byProject.get(name) ?? []), spec]);
    }
    const turns: TestSpecification[] = [];
    for (let i = 0; turns.length < files.length; i += 1)
      for (const specs of byProject.values()) if (i < specs.length) turns.push(specs[i] as TestSpecification);
    // A stable sort: the longest first, the rest in turns.
    return turns.sort((a, b) => rank(a) - rank(b));
  }
}
