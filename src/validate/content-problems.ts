/**
 * Every problem the build would report for a content tree, from both of its
 * layers at once: the content gate (files, fields, references) and the
 * transparency check (text and markup). `astro build` stops at the first
 * layer with errors; an editor running `npm run validate` sees both in one
 * report, in the same format.
 */
import { checkContentTreeInParallel } from '../check/check-in-parallel.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { validateContent } from './validate-content.ts';

export interface ContentProblems {
  diagnostics: Diagnostic[];
  /** True when there is no error. */
  ok: boolean;
}

export async function contentProblems(
  projectRoot: string,
  contentDir: string,
  options: { now?: Date } = {},
): Promise<ContentProblems> {
  // A large tree's check starts on its own threads first; the gate then runs on this one meanwhile.
  const checking = checkContentTreeInParallel(projectRoot, contentDir, options.now ? { now: options.now } : {});
  const gate = validateContent(projectRoot, contentDir);
  const check = await checking;
  // A file the gate already refuses as unreadable YAML is not reported twice.
  const unreadable = new Set(gate.diagnostics.filter((d) => d.ruleId === 'yaml').map((d) => d.file));
  // Rules that compare a file with the others (fee/*, policy/*, status/*)
  // read facts from every file; while the gate refuses some file, those facts
  // are incomplete and these rules would report its consequences as problems
  // of their own. They wait, as in the build, until the gate passes.
  const dependsOnOtherFiles = (ruleId: string) => /^(fee|policy|status)\//.test(ruleId);
  const checked = check.files
    .flatMap((file) => file.diagnostics)
    .filter((d) => !(d.ruleId === 'plainsight/parse-error' && unreadable.has(d.file)))
    .filter((d) => gate.ok || !dependsOnOtherFiles(d.ruleId));
  const diagnostics = sortDiagnostics([...gate.diagnostics, ...checked]);
  return { diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
}
