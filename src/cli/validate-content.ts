/**
 * `npm run validate`: checks the content tree without building the site, and
 * exits non-zero when anything is wrong. Usage: validate-content [content-dir]
 */
import { contentDir } from '../content-dir.ts';
import { formatDiagnostics } from '../validate/format-diagnostics.ts';
import { validateContent } from '../validate/validate-content.ts';

const dir = process.argv[2] ?? contentDir();
const result = validateContent(process.cwd(), dir);
if (result.diagnostics.length > 0) console.error(formatDiagnostics(result.diagnostics));
if (result.ok) console.log(`Content in ${dir}/ is valid.`);
process.exitCode = result.ok ? 0 : 1;
