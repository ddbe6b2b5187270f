import { parseArgs } from 'node:util';
import { calendarIssueMessage, placeIssueMessage, validateCalendarEntries, validatePlaces } from '@perhekeskus/core';
import { commonOptions, withUsageErrors } from '../args.js';
import { checkRegion } from '../checkRegion.js';
import { detectKind } from '../detectKind.js';
import { CliError, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readJsonFile } from '../jsonFile.js';
import { type CliLanguage, type FileKind, messages } from '../messages.js';

const KINDS: readonly FileKind[] = ['region', 'places', 'entries'];

/** The number of rows in a list input (a bare array or `{ [key]: [...] }`). */
function rowCount(data: unknown, key: string): number {
  if (Array.isArray(data)) return data.length;
  const list = (data as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.length : 0;
}

/**
 * `perhekeskus validate FILE`: tells what the file is (a region description, a meeting-place list or
 * calendar entries; `--type` overrides), validates it with core's validators and prints every problem
 * on its own line, naming the row and the field in the chosen language, then a summary line.
 *
 * @param args - the arguments after `validate`
 * @param io - the command's I/O
 * @param lang - the language of the output
 * @returns 0 when the file is valid, 1 when it is not
 * @throws UsageError for a wrong command line; CliError when the file cannot be read, is not JSON or not recognised
 * @example
 * await validateCommand(['places.json'], io, 'en'); // 0, and stdout 'OK: places.json — meeting-place list, 3 places.'
 */
export async function validateCommand(args: string[], io: CliIo, lang: CliLanguage): Promise<number> {
  const m = messages[lang];
  const { values, positionals } = withUsageErrors(
    () =>
      parseArgs({
        args,
        options: { ...commonOptions, type: { type: 'string' } },
        strict: true,
        allowPositionals: true,
      }),
    m,
    'validate',
  );
  if (values.help) {
    io.stdout.write(m.help.validate);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw new UsageError(m.missingFile, 'validate');
  if (extra.length > 0) throw new UsageError(m.tooManyFiles, 'validate');
  const chosen = values.type;
  if (chosen !== undefined && !KINDS.includes(chosen as FileKind))
    throw new UsageError(m.invalidKind(chosen), 'validate');

  const data = await readJsonFile(path, io, m);
  const kind = (chosen as FileKind | undefined) ?? detectKind(data);
  if (kind === undefined) throw new CliError(m.unknownKind(path));

  const print = (problems: readonly string[], ok: string, total?: number, valid?: number): number => {
    if (problems.length === 0) {
      io.stdout.write(`${ok}\n`);
      return 0;
    }
    for (const problem of problems) io.stdout.write(`${path}: ${problem}\n`);
    const kept = total !== undefined && valid !== undefined ? ` ${m.rowsKept(valid, total)}` : '';
    io.stdout.write(`${m.invalidFile(path, kind, problems.length)}${kept}\n`);
    return 1;
  };

  if (kind === 'places') {
    const result = validatePlaces(data);
    const problems = result.issues.map((issue) => placeIssueMessage(issue, lang));
    const total = result.fatal ? undefined : rowCount(data, 'places');
    return print(problems, m.validPlaces(path, result.places.length), total, result.places.length);
  }
  if (kind === 'entries') {
    const result = validateCalendarEntries(data);
    const problems = result.issues.map((issue) => calendarIssueMessage(issue, lang));
    const total = result.fatal ? undefined : rowCount(data, 'entries');
    return print(problems, m.validEntries(path, result.entries.length), total, result.entries.length);
  }
  const { region, problems } = checkRegion(data, lang);
  const ok = region
    ? m.validRegion(
        path,
        region.name[lang],
        region.municipalities.length,
        region.groups.length,
        region.meetingPlaces.length,
      )
    : '';
  return print(problems, ok);
}
