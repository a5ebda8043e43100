/**
 * `npm run validate`: reports every problem the build would, from the content
 * gate and the transparency check together, without building the site; exits
 * 1 when anything is wrong. Usage: validate-content [content-dir]
 */
import { contentDir } from '../content-dir.ts';
import { contentProblems } from '../validate/content-problems.ts';
import { formatDiagnostics } from '../validate/format-diagnostics.ts';

const dir = process.argv[2] ?? contentDir();
const result = await contentProblems(process.cwd(), dir);
if (result.diagnostics.length > 0)
  console.error(formatDiagnostics(result.diagnostics, { color: process.stderr.isTTY }));
if (result.ok) console.log(`Content in ${dir}/ is valid.`);
process.exitCode = result.ok ? 0 : 1;
