/** Every command line explains itself: --help, and one plain line for an option it does not have. */
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-tree.ts';
import { startCommand } from '../helpers/run-command.ts';

const commands = [
  ['new-incident.ts', 'new:incident'],
  ['new-policy-version.ts', 'new:policy-version'],
  ['new-plan.ts', 'new:plan'],
  ['new-maintenance.ts', 'new:maintenance'],
  ['check.ts', 'check'],
  ['validate-content.ts', 'validate'],
  ['review.ts', 'review'],
  // The tools run the same way, from tools/.
  ['../../tools/bench.ts', 'bench'],
  ['../../tools/bench-check.ts', 'bench:check'],
  ['../../tools/bench-status.ts', 'bench:status'],
  ['../../tools/bench-lighthouse.ts', 'bench:lighthouse'],
  ['../../tools/eval.ts', 'eval'],
] as const;

// Neither --help nor a bad option reads the content: the sample folder is never written.
const run = (script: string, args: string[]) => startCommand(script, args, `${projectRoot}content`, 1_795_305_600);

describe('command lines', () => {
  it('print their usage and options with --help, exit 0', async () => {
    const results = await Promise.all(commands.map(([script]) => run(script, ['--help'])));
    results.forEach((result, index) => {
      expect(result.status, commands[index]?.[0]).toBe(0);
      expect(result.stdout).toMatch(/^Usage: npm run /);
      expect(result.stdout).toContain('--help');
      expect(result.stderr).toBe('');
    });
  });

  it('name an unknown option in one line that points to --help, exit 2', async () => {
    const results = await Promise.all(commands.map(([script]) => run(script, ['--colour', 'red'])));
    results.forEach((result, index) => {
      const name = commands[index]?.[1];
      expect(result.status, name).toBe(2);
      expect(result.stderr).toBe(
        `${name}: unknown option "--colour". Run "npm run ${name} -- --help" for the options.\n`,
      );
    });
  });

  it('say when an option lacks its value', async () => {
    const result = await run('new-plan.ts', ['fiber-500', '--name']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('new:plan: --name needs a value. Run "npm run new:plan -- --help" for the options.\n');
  });
});
