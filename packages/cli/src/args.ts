import { UsageError } from './errors.js';
import { type CliLanguage, isCliLanguage, type Messages, messages } from './messages.js';

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
export function languageOf(argv: readonly string[]): CliLanguage {
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

/** The option a `parseArgs` error message is about: the last `--name` or `-x` in its first quotes. */
function optionIn(message: string): string {
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  return quoted.match(/--?[A-Za-z][\w-]*/g)?.at(-1) ?? quoted;
}

/**
 * Runs `parseArgs` and turns its errors (thrown in English with Node's codes) into a `UsageError`
 * in the user's language that names the option.
 *
 * @param parse - a call of `parseArgs` with `strict: true`
 * @param m - the messages of the chosen language
 * @param command - the command whose help the error points to
 * @returns what `parse` returns
 * @throws UsageError for an unknown option, a missing or unwanted value, or an unexpected argument
 * @example
 * withUsageErrors(() => parseArgs({ args: ['--x'], options: {}, strict: true }), messages.en, 'schedule');
 * // throws UsageError 'unknown option --x.'
 */
export function withUsageErrors<T>(parse: () => T, m: Messages, command: string): T {
  try {
    return parse();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(m.unknownOption(optionIn(message)), command);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = optionIn(message);
      throw new UsageError(
        message.includes('does not take an argument') ? m.unknownOption(`${option}=…`) : m.missingValue(option),
        command,
      );
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(m.unexpectedArgument(/'([^']*)'/.exec(message)?.[1] ?? ''), command);
    }
    throw error;
  }
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
export function urlOption(value: string, option: string, lang: CliLanguage, command: string): string {
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
