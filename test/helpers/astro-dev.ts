import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fixedEpoch } from './astro-build.ts';
import { projectRoot } from './content-tree.ts';

/** A running `astro dev` of this project. */
export interface AstroDev {
  /** Where it serves, such as `http://localhost:4391`. */
  origin: string;
  /** Everything it printed so far, stdout and stderr together, without colour codes. */
  output(): string;
  /**
   * Resolves when the output from character `from` on matches `pattern`, or
   * rejects after `ms` with the output so far.
   */
  waitFor(pattern: RegExp, ms: number, from?: number): Promise<void>;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

/** Variables of the test runner that the dev server must not see. */
const runnerVariable = /^(?:NODE_OPTIONS|NODE_ENV|VITEST\w*|TINYPOOL\w*|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/;

/** A TCP port no one listens on now, from the system. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('No port from the system.');
  return address.port;
}

/**
 * Starts the real `astro dev` of this project on the content folder
 * `contentDir`, on a free port, and resolves once it watches for changes.
 * Servers of one project share its `.astro/` folder (Astro keeps the dev
 * content store there), so the tests that need one share it
 * (test/e2e/dev.test.ts) rather than start several at once.
 */
export async function startAstroDev(contentDir: string): Promise<AstroDev> {
  const port = await freePort();
  let output = '';
  const server = spawn(
    process.execPath,
    // Without the lock, a test runs beside an editor's own `npm run dev`, and Astro never moves the
    // server to the background (as it does when it detects a coding agent).
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--ignore-lock'],
    {
      cwd: projectRoot,
      // The child must not inherit the test runner's own Node options and markers, nor the variables
      // vitest sets for its own Vite (NODE_ENV=test, MODE, DEV, PROD, SSR, BASE_URL): with them, Astro's
      // dev server stopped reloading a page whose content changed.
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !runnerVariable.test(key))),
        PLAINSIGHT_CONTENT_DIR: contentDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        SOURCE_DATE_EPOCH: fixedEpoch,
      },
    },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.stdout.on('data', (chunk) => (output += String(chunk)));
  server.stderr.on('data', (chunk) => (output += String(chunk)));
  const dev: AstroDev = {
    origin: `http://localhost:${port}`,
    output: () => output,
    async waitFor(pattern, ms, from = 0) {
      const start = Date.now();
      while (!pattern.test(output.slice(from))) {
        if (server.exitCode !== null) throw new Error(`astro dev exited while waiting for ${pattern}:\n${output}`);
        if (Date.now() - start > ms) throw new Error(`Timed out waiting for ${pattern} in:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async stop() {
      if (server.exitCode === null) {
        server.kill();
        await exited;
      }
    },
  };
  try {
    await dev.waitFor(/watching for file changes/, 60_000);
  } catch (error) {
    await dev.stop();
    throw error;
  }
  return dev;
}
