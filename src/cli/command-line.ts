/**
 * The argument handling every command line shares: `--help` prints the
 * usage and exits 0; a mistake in the options (one the command does not
 * have, a value missing) is one plain line naming the option and pointing
 * to `--help`, with exit code 2, never Node's error and stack.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { didYouMeanQuestion } from '../domain/text/nearest.ts';

export interface CommandLine<O extends ParseArgsOptionsConfig> {
  /** The npm script, such as `new:plan`: it starts every message. */
  name: string;
  /** What `--help` prints: the usage line, what the command does and its options. */
  usage: string;
  options: O;
  /** Whether the command takes arguments that are not options (a title, paths). */
  positionals?: boolean;
}

/** Prints a usage mistake as one line and exits 2. */
export function usageError(name: string, message: string): never {
  console.error(`${name}: ${message.trimEnd()}`);
  process.exit(2);
}

/** Points to the help of a command, for the end of a usage mistake. */
const seeHelp = (name: string) => `Run "npm run ${name} -- --help" for the options.`;

/**
 * Parses the arguments as the command declares them. Exits 0 after printing
 * the usage when `--help` is given, and 2 with one line on a mistake.
 */
export function parseCommandLine<O extends ParseArgsOptionsConfig>(
  command: CommandLine<O>,
  args: readonly string[] = process.argv.slice(2),
) {
  const options = command.options;
  const allowPositionals = command.positionals ?? false;
  // A first, forgiving pass finds --help and names the option at fault, which Node's strict pass
  // only puts in a sentence about something else.
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) {
    console.log(command.usage);
    process.exit(0);
  }
  for (const token of tokens) {
    if (token.kind === 'positional' && !allowPositionals)
      usageError(command.name, `unexpected argument "${token.value}". ${seeHelp(command.name)}`);
    if (token.kind !== 'option') continue;
    const declared = options[token.name];
    if (declared === undefined) {
      const near = didYouMeanQuestion(token.name, Object.keys(options)).replace(/"([^"]+)"/g, '"--$1"');
      usageError(command.name, `unknown option "${token.rawName}". ${near && `${near} `}${seeHelp(command.name)}`);
    }
    if (declared.type === 'string' && token.value === undefined)
      usageError(command.name, `${token.rawName} needs a value. ${seeHelp(command.name)}`);
    if (declared.type === 'boolean' && token.value !== undefined)
      usageError(command.name, `${token.rawName} takes no value. ${seeHelp(command.name)}`);
  }
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (error) {
    return usageError(
      command.name,
      `${error instanceof Error ? error.message : String(error)} ${seeHelp(command.name)}`,
    );
  }
}
