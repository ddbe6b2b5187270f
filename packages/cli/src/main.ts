import { readFileSync } from 'node:fs';
import { type Locale, ValidationError } from '@perhekeskus/core';
import { languageOf, splitCommand } from './args.js';
import { agendaCommand } from './commands/agenda.js';
import { agreementStatusCommand } from './commands/agreementStatus.js';
import { exportCommand } from './commands/export.js';
import { followUpCommand } from './commands/followUp.js';
import { icsCommand } from './commands/ics.js';
import { importCommand } from './commands/import.js';
import { jsonldCommand } from './commands/jsonld.js';
import { migrateCommand } from './commands/migrate.js';
import { publishCommand } from './commands/publish.js';
import { scheduleCommand } from './commands/schedule.js';
import { validateCommand } from './commands/validate.js';
import { CliError, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { messages } from './messages.js';

type Command = (args: string[], io: CliIo, lang: Locale) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  import: importCommand,
  export: exportCommand,
  ics: icsCommand,
  schedule: scheduleCommand,
  'follow-up': followUpCommand,
  jsonld: jsonldCommand,
  migrate: migrateCommand,
  publish: publishCommand,
  'agreement-status': agreementStatusCommand,
  agenda: agendaCommand,
};

/** The package's version, read from its package.json (one level above both src/ and dist/). */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * The `perhekeskus` command: reads the command line, runs the command and says how it went. All
 * input and output goes through `io`, so tests run it with collected output, saved API responses and
 * a fixed clock; the bin runs it with the process's own (`processIo()`). Errors are printed to
 * standard error in the chosen language, prefixed `perhekeskus:`; a wrong command line also points
 * to the command's `--help`.
 *
 * @param argv - the arguments after the program name
 * @param io - standard output and error, `fetch`, `readFile`, the clock and the environment
 * @returns the exit code: 0 done, 1 the data is invalid or the command could not do its job, 2 the
 *   command line is wrong
 * @example
 * const code = await main(['validate', 'places.json', '--lang', 'en'], processIo());
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Locale = 'fi';
  let name: string | undefined;
  try {
    lang = languageOf(argv);
    const m = messages[lang];
    const { command, rest } = splitCommand(argv);
    name = command;
    if (command === undefined) {
      if (rest.includes('--version')) {
        io.stdout.write(`${version()}\n`);
        return 0;
      }
      const unknown = rest.find(
        (arg, i) => !['--help', '-h', '--lang'].includes(arg) && !arg.startsWith('--lang=') && rest[i - 1] !== '--lang',
      );
      if (unknown !== undefined) throw new UsageError(m.unknownOption(unknown));
      io.stdout.write(m.help.main);
      return 0;
    }
    if (command === 'help') {
      io.stdout.write(m.help.main);
      return 0;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(m.unknownCommand(command));
    return await run(rest, io, lang);
  } catch (error) {
    const m = messages[lang];
    if (error instanceof UsageError) {
      const command = error.command ?? (name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined);
      io.stderr.write(`perhekeskus: ${error.message}\n${m.seeHelp(command)}\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.stderr.write(`perhekeskus: ${error.message}\n`);
      return 1;
    }
    // Core validates every input; what reaches here is data core rejected (a schedule it cannot expand).
    if (error instanceof ValidationError) {
      io.stderr.write(`perhekeskus: ${error.message}\n`);
      return 1;
    }
    io.stderr.write(
      `perhekeskus: ${m.internalError(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
    return 1;
  }
}
