import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Locale } from '@perhekeskus/core';
import { UsageError } from './errors.js';
import { isCliLanguage, type Messages, messages } from './messages.js';

/** The options every command takes; spread into each command's `parseArgs` options. */
export const commonOptions = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The `--lang` of a command line, read before anything else so that even an error about the other
 * options is in the chosen language.
 *
 * @param argv - the arguments after the program name
 * @returns the language, `fi` when none is given
 * @throws UsageError (in Finnish) for a language the command does not speak
 * @example
 * languageOf(['validate', 'places.json', '--lang', 'en']); // 'en'
 * languageOf(['schedule', '--lang=sv']); // 'sv'
 */
export function languageOf(argv: readonly string[]): Locale {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang' && i + 1 < argv.length) value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  if (value === undefined) return 'fi';
  if (!isCliLanguage(value)) throw new UsageError(messages.fi.unknownLanguage(value));
  return value;
}

/** What a command gives `parseArgs`: its arguments, its options and whether it takes positional arguments. */
export interface CommandLineConfig {
  args: string[];
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals?: boolean;
}

/**
 * The first problem of a command line in the user's language, or undefined when there is none. Decided
 * from the arguments and the options' definitions alone (Node's error messages are English and not an
 * interface): the arguments are read leniently into tokens, and each token is checked as `parseArgs`
 * with `strict: true` would check it, in the same order.
 */
function commandLineProblem(config: CommandLineConfig, m: Messages): string | undefined {
  const { tokens } = parseArgs({
    args: config.args,
    options: config.options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!config.allowPositionals) return m.unexpectedArgument(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(config.options, token.name) ? config.options[token.name] : undefined;
    if (option === undefined) return m.unknownOption(token.rawName);
    if (option.type === 'boolean' && token.value !== undefined) return m.unknownOption(`${token.rawName}=…`);
    // A value that looks like an option (`--from --help`) is taken for a forgotten value, as strict parseArgs does.
    const optionLike =
      !token.inlineValue && token.value !== undefined && token.value.length > 1 && token.value.startsWith('-');
    if (option.type === 'string' && (token.value === undefined || optionLike)) return m.missingValue(token.rawName);
  }
  return undefined;
}

/**
 * Parses a command's arguments with `parseArgs` (`strict: true`), and turns a wrong command line into a
 * `UsageError` in the user's language that names the option or argument: an unknown option, a missing
 * value, a value given to a switch, an argument the command does not take.
 *
 * @param config - the arguments, the options (spread `commonOptions` into them) and `allowPositionals`
 * @param m - the messages of the chosen language
 * @param command - the command whose help the error points to
 * @returns what `parseArgs` returns
 * @throws UsageError for a wrong command line
 * @example
 * parseCommandLine({ args: ['--x'], options: {} }, messages.en, 'schedule');
 * // throws UsageError 'unknown option --x.'
 */
export function parseCommandLine<T extends CommandLineConfig>(
  config: T,
  m: Messages,
  command: string,
): ReturnType<typeof parseArgs<T & { strict: true }>> {
  const problem = commandLineProblem(config, m);
  if (problem !== undefined) throw new UsageError(problem, command);
  return parseArgs({ ...config, strict: true });
}

/**
 * Takes the (sub)command out of a command line: the first argument that is not an option, skipping
 * the value of `--lang`, so that `perhekeskus --lang en validate x.json` works as well as
 * `perhekeskus validate x.json --lang en`.
 *
 * @param argv - the arguments
 * @returns the command (undefined when there is none) and the other arguments in order
 * @example
 * splitCommand(['--lang', 'en', 'validate', 'x.json']); // { command: 'validate', rest: ['--lang', 'en', 'x.json'] }
 */
export function splitCommand(argv: readonly string[]): { command: string | undefined; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') {
      i++;
      continue;
    }
    if (!arg.startsWith('-')) return { command: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { command: undefined, rest: [...argv] };
}

/**
 * Checks a URL option: a full `http:` or `https:` address.
 *
 * @param value - the option's value
 * @param option - its name for messages
 * @param lang - the language of the error
 * @param command - the command whose help the error points to
 * @returns the value
 * @throws UsageError for anything else
 * @example
 * urlOption('ftp://x', '--base', 'en', 'import ptv'); // throws '--base: give a full http or https address; got “ftp://x”.'
 */
export function urlOption(value: string, option: string, lang: Locale, command: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new UsageError(messages[lang].invalidUrl(option, value), command);
  }
  return value;
}
