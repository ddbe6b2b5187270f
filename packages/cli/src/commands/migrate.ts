import { helsinkiToday, type Locale, migrateRegion } from '@perhekeskus/core';
import { commonOptions, parseCommandLine } from '../args.js';
import { checkRegion } from '../checkRegion.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readJsonFile } from '../jsonFile.js';
import { messages } from '../messages.js';
import { writeFileAtomic } from '../writeFiles.js';

/**
 * `perhekeskus migrate FILE [--out FILE]`: rewrites a region description's deprecated forms in today's
 * format with core's `migrateRegion`, says each change on standard error (translated from the change's
 * code, with its path), writes the result (standard output, or `--out` atomically: a temporary file
 * renamed over the target), then checks the result as `validate` does.
 *
 * @param args - the arguments after `migrate`
 * @param io - the command's I/O
 * @param lang - the language of the messages
 * @returns 0 when the result is valid, 1 when it is not
 * @throws UsageError for a wrong command line; CliError when the file cannot be read, is not JSON or cannot be written
 * @example
 * await migrateCommand(['region.json', '--out', 'region.json'], io, 'en');
 * // stderr: 'agreements[0].noticeDeadline: noticeDeadline is now termination: …\nWrote region.json.\nThe result is valid: region.json.'
 */
export async function migrateCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { values, positionals } = parseCommandLine(
    {
      args,
      options: { ...commonOptions, out: { type: 'string' } },
      allowPositionals: true,
    },
    m,
    'migrate',
  );
  if (values.help) {
    io.stdout.write(m.help.migrate);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw new UsageError(m.missingMigrateFile, 'migrate');
  if (extra.length > 0) throw new UsageError(m.tooManyFiles, 'migrate');
  if (values.out === '') throw new UsageError(m.missingValue('--out'), 'migrate');

  const { region, changes } = migrateRegion(await readJsonFile(path, io, m));
  const report: string[] = changes.map((change) => m.migrationChanges[change.code](change.path));
  if (changes.length === 0) report.push(m.migrateNothing(path));
  const text = `${JSON.stringify(region, null, 2)}\n`;
  if (values.out === undefined) io.stdout.write(text);
  else {
    await writeFileAtomic(io, values.out, text, m);
    report.push(m.migrateWrote(values.out));
  }

  const { problems } = checkRegion(region, lang, helsinkiToday(io.now()));
  const name = values.out ?? path;
  for (const problem of problems) report.push(`${name}: ${problem}`);
  report.push(problems.length === 0 ? m.migrateValid(name) : m.migrateInvalid(problems.length));
  io.stderr.write(report.map((line) => `${line}\n`).join(''));
  return problems.length === 0 ? 0 : 1;
}
