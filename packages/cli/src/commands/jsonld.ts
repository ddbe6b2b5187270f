import {
  type CalendarEntry,
  checkCalendarEntries,
  checkPlaces,
  dataIssueMessage,
  entriesToEvents,
  type EventJsonLd,
  eventJsonLd,
  jsonLdScript,
  type Locale,
  type MeetingPlace,
  meetingPlaceJsonLd,
  type MeetingPlaceJsonLd,
} from '@perhekeskus/core';
import { commonOptions, urlOption, parseCommandLine } from '../args.js';
import { detectKind } from '../detectKind.js';
import { CliError, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readJsonFile } from '../jsonFile.js';
import { messages } from '../messages.js';
import { writeOutput } from '../writeFiles.js';

/** The rows `jsonld` keeps and what it says about the others. */
type Checked =
  | { kind: 'places'; rows: MeetingPlace[]; problems: string[] }
  | { kind: 'entries'; rows: CalendarEntry[]; problems: string[] };

/**
 * `perhekeskus jsonld FILE`: a meeting-place list as schema.org `Place`s (core's `meetingPlaceJsonLd`)
 * or calendar entries as `Event`s (core's `entriesToEvents`, then `eventJsonLd`), as one JSON array on
 * standard output (or with `--out` in a file, replaced in one step), or with `--script` inside
 * `<script type="application/ld+json">` (core's `jsonLdScript`, so no text in the data can end the
 * element). Rows are checked with core's validators; invalid rows are reported on standard error and
 * left out, the valid ones still written; when no row is valid nothing is written (an `--out` file is
 * left as it was).
 *
 * @param args - the arguments after `jsonld`
 * @param io - the command's I/O
 * @param lang - the language of the JSON-LD texts and of the messages
 * @returns 0 when every row was written, 1 when a row was invalid (the valid ones are still written)
 * @throws UsageError for a wrong command line, or `--url` with more than one valid row; CliError when
 *   the file cannot be read, is not JSON, is neither a meeting-place list nor calendar entries, or the
 *   `--out` file cannot be written
 * @example
 * await jsonldCommand(['places.json', '--script', '--lang', 'en'], io, 'en');
 * // 0, and stdout '<script type="application/ld+json">[{"@context":"https://schema.org","@type":"Place",…}]</script>\n'
 */
export async function jsonldCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const { values, positionals } = parseCommandLine(
    {
      args,
      options: { ...commonOptions, script: { type: 'boolean' }, url: { type: 'string' }, out: { type: 'string' } },
      allowPositionals: true,
    },
    m,
    'jsonld',
  );
  if (values.help) {
    io.stdout.write(m.help.jsonld);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw new UsageError(m.jsonldMissingFile, 'jsonld');
  if (extra.length > 0) throw new UsageError(m.tooManyFiles, 'jsonld');
  if (values.out === '') throw new UsageError(m.missingValue('--out'), 'jsonld');
  const url = values.url === undefined ? undefined : urlOption(values.url, '--url', lang, 'jsonld');

  const data = await readJsonFile(path, io, m);
  const checked = check(data, path, lang);
  const { kind, rows, problems } = checked;
  // One page address for several rows would give several places the same @id: one node to a reader.
  if (url !== undefined && rows.length > 1) throw new UsageError(m.jsonldUrlOneRow(rows.length), 'jsonld');

  if (rows.length > 0 || problems.length === 0) {
    const options = { locale: lang, ...(url !== undefined ? { url } : {}) };
    const ld: (MeetingPlaceJsonLd | EventJsonLd)[] =
      checked.kind === 'places'
        ? checked.rows.map((place) => meetingPlaceJsonLd(place, options))
        : entriesJsonLd(checked.rows, options);
    const text = values.script
      ? `<script type="application/ld+json">${jsonLdScript(ld)}</script>\n`
      : `${JSON.stringify(ld, null, 2)}\n`;
    await writeOutput(io, values.out, text, m);
  }
  if (problems.length === 0) return 0;
  const report = problems.map((problem) => `${path}: ${problem}\n`);
  report.push(`${m.invalidFile(path, kind, problems.length)}\n`);
  report.push(`${rows.length > 0 ? m.jsonldValidRowsOnly(rows.length) : m.jsonldNothing}\n`);
  io.stderr.write(report.join(''));
  return 1;
}

/** Tells the file's kind and validates it with core's validators, as `validate` does. */
function check(data: unknown, path: string, lang: Locale): Checked {
  const kind = detectKind(data);
  if (kind === 'places') {
    const result = checkPlaces(data);
    const problems = result.issues.map((issue) => dataIssueMessage(issue, lang, { document: 'places' }));
    return { kind, rows: result.places, problems };
  }
  if (kind === 'entries') {
    const result = checkCalendarEntries(data);
    const problems = result.issues.map((issue) => dataIssueMessage(issue, lang, { document: 'entries' }));
    return { kind, rows: result.entries, problems };
  }
  throw new CliError(messages[lang].jsonldUnsupportedKind(path, kind));
}

/** Calendar entries as schema.org Events: core's `entriesToEvents` (one event per entry, in order), then `eventJsonLd`. */
function entriesJsonLd(entries: CalendarEntry[], options: { locale: Locale; url?: string }): EventJsonLd[] {
  return entriesToEvents(entries, { locale: options.locale }).map((event, i) =>
    eventJsonLd(event, { ...options, ...(entries[i]?.example ? { example: true } : {}) }),
  );
}
