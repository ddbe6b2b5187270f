import {
  checkCalendarEntries,
  checkPlaces,
  dataIssueMessage,
  displayText,
  helsinkiToday,
  type Locale,
  PublishedPlaces,
} from '@perhekeskus/core';
import { commonOptions, parseCommandLine } from '../args.js';
import { checkRegion, checkSchema } from '../checkRegion.js';
import { detectKind } from '../detectKind.js';
import { CliError, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readJsonFile } from '../jsonFile.js';
import { type FileKind, messages } from '../messages.js';
import { placeMunicipalityProblems } from '../placeMunicipalities.js';

/** The kinds `--type` takes; a published places file is told from its content. */
const KINDS: readonly FileKind[] = ['region', 'places', 'entries'];

/** The rows of a list input (a bare array or `{ [key]: [...] }`); empty when there is no list. */
function rowsOf(data: unknown, key: string): unknown[] {
  if (Array.isArray(data)) return data;
  const list = (data as Record<string, unknown> | null)?.[key];
  return Array.isArray(list) ? list : [];
}

/**
 * `perhekeskus validate FILE`: tells what the file is (a region description, a meeting-place list —
 * also a published `places.json` — or calendar entries; `--type` overrides), checks it for everything
 * later use would fail on and prints every problem on its own line, naming the row and the field in
 * the chosen language, then a summary line. A region description gets the schema, its references and
 * its schedules (see `checkRegion`); meeting places get `checkPlaces` (or the published schema) and
 * their municipality codes checked against the national reference data and the file's own list.
 *
 * @param args - the arguments after `validate`
 * @param io - the command's I/O
 * @param lang - the language of the output
 * @returns 0 when the file is valid, 1 when it is not
 * @throws UsageError for a wrong command line; CliError when the file cannot be read, is not JSON or not recognised
 * @example
 * await validateCommand(['places.json'], io, 'en'); // 0, and stdout 'OK: places.json — meeting-place list, 3 places.'
 */
export async function validateCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { values, positionals } = parseCommandLine(
    {
      args,
      options: { ...commonOptions, type: { type: 'string' } },
      allowPositionals: true,
    },
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
  const detected = detectKind(data);
  // `--type places` covers a published places file too.
  const kind: FileKind | undefined =
    chosen === 'places' && detected === 'published-places' ? detected : ((chosen as FileKind | undefined) ?? detected);
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
    const result = checkPlaces(data);
    const problems = result.issues.map((issue) => dataIssueMessage(issue, lang, { document: 'places' }));
    const rows = rowsOf(data, 'places');
    const municipalities = placeMunicipalityProblems(rows, undefined, lang);
    for (const problem of municipalities) problems.push(problem.text);
    // A row the schema kept but whose municipality is wrong is not valid either.
    const rejected = new Set(result.issues.flatMap((issue) => (issue.row === undefined ? [] : [issue.row.index])));
    const valid =
      result.places.length - new Set(municipalities.map((p) => p.index).filter((i) => !rejected.has(i))).size;
    const total = result.fatal ? undefined : rows.length;
    return print(problems, m.validPlaces(path, valid), total, valid);
  }
  if (kind === 'published-places') {
    const { value, problems } = checkSchema(PublishedPlaces, data, lang, path);
    if (value !== undefined) {
      const listed = value.municipalities.map((municipality) => municipality.code);
      for (const problem of placeMunicipalityProblems(value.places, listed, lang)) problems.push(problem.text);
    }
    return print(problems, m.validPlaces(path, value?.places.length ?? 0));
  }
  if (kind === 'entries') {
    const result = checkCalendarEntries(data);
    const problems = result.issues.map((issue) => dataIssueMessage(issue, lang, { document: 'entries' }));
    const total = result.fatal ? undefined : rowsOf(data, 'entries').length;
    return print(problems, m.validEntries(path, result.entries.length), total, result.entries.length);
  }
  const { region, problems } = checkRegion(data, lang, helsinkiToday(io.now()));
  const ok = region
    ? m.validRegion(
        path,
        displayText(region.name, lang).text,
        region.municipalities.length,
        region.groups.length,
        region.meetingPlaces.length,
      )
    : '';
  return print(problems, ok);
}
