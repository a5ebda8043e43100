import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './content-tree.ts';

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a command line runs with: a content folder, a fixed "now", and nothing else of the test's. */
function commandEnv(contentDir: string, epoch: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'] ?? '',
    PLAINSIGHT_CONTENT_DIR: contentDir,
    SOURCE_DATE_EPOCH: String(epoch),
    // Where Node keeps compiled code between runs (vitest.config.ts).
    ...(process.env['NODE_COMPILE_CACHE'] ? { NODE_COMPILE_CACHE: process.env['NODE_COMPILE_CACHE'] } : {}),
  };
}

/** Runs one of the command lines in src/cli/ (such as `new-plan.ts`) as npm would, and waits for it. */
export function runCommand(script: string, args: readonly string[], contentDir: string, epoch: number): CommandResult {
  const result = spawnSync(process.execPath, [join(projectRoot, 'src/cli', script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: commandEnv(contentDir, epoch),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a command line without blocking, so that several can run at once. */
export function startCommand(
  script: string,
  args: readonly string[],
  contentDir: string,
  epoch: number,
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(projectRoot, 'src/cli', script), ...args],
      { cwd: projectRoot, encoding: 'utf8', env: commandEnv(contentDir, epoch) },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ status, stdout, stderr });
      },
    );
  });
}
