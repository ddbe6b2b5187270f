import {
  type CalendarEntry,
  checkCalendarEntries,
  checkPlaces,
  dataIssueMessage,
  type Locale,
  type MeetingPlace,
} from '@perhekeskus/core';
import { type ImportIssue, type ImportResult, type ImportSource, importIssueMessage } from '@perhekeskus/core/import';
import type { CliIo } from './io.js';
import { messages } from './messages.js';

/** The `$schema` of the files `import` writes: the JSON Schemas core ships in `dist/schema`. */
export const SCHEMA_URLS = {
  places: 'https://perhekeskus.dev/schema/meeting-places.json',
  entries: 'https://perhekeskus.dev/schema/calendar-entries.json',
} as const;

/** Which importer writes which kind of file, so an issue names a service location or an event. */
const SOURCES = { places: 'ptv', entries: 'linked-events' } as const satisfies Record<string, ImportSource>;

/**
 * An issue as one line in the report's language: `  - <record>, <field>: <what happened> (<code>)`;
 * core's `importIssueMessage` translates it (the importers' own `message` is English).
 */
const issueLine = (issue: ImportIssue, lang: Locale, source: ImportSource) =>
  `  - ${importIssueMessage(issue, lang, source)} (${issue.code})\n`;

/**
 * Validates an importer's rows once more with core's validators (the file must be one that
 * `perhekeskus validate` accepts; this also drops a record served twice across pages), writes the
 * file to standard output and reports on standard error what was skipped, what was left out and
 * what validation rejected.
 *
 * @param kind - `places` (a meeting-place list) or `entries` (calendar entries)
 * @param result - what the importer returned
 * @param io - the command's I/O
 * @param lang - the language of the report
 * @returns how many records were skipped or rejected
 * @example
 * writeImport('places', importPtvServiceLocations(channels), io, 'fi'); // stdout: '{ "$schema": …, "places": [ … ] }'
 */
export function writeImport(
  kind: 'places' | 'entries',
  result: ImportResult<MeetingPlace> | ImportResult<CalendarEntry>,
  io: CliIo,
  lang: Locale,
): number {
  const m = messages[lang];
  let rows: unknown[];
  let rejected: string[];
  if (kind === 'places') {
    const checked = checkPlaces(result.items);
    rows = checked.places;
    rejected = checked.issues.map((issue) => dataIssueMessage(issue, lang, { document: 'places' }));
  } else {
    const checked = checkCalendarEntries(result.items);
    rows = checked.entries;
    rejected = checked.issues.map((issue) => dataIssueMessage(issue, lang, { document: 'entries' }));
  }
  io.stdout.write(`${JSON.stringify({ $schema: SCHEMA_URLS[kind], [kind]: rows }, null, 2)}\n`);

  const skipped = result.issues.filter((issue) => issue.skipped);
  const partial = result.issues.filter((issue) => !issue.skipped);
  const report: string[] = [];
  const line = (issue: ImportIssue) => issueLine(issue, lang, SOURCES[kind]);
  if (skipped.length > 0) report.push(`${m.skippedHeading(skipped.length)}\n`, ...skipped.map(line));
  if (partial.length > 0) report.push(`${m.fieldIssuesHeading(partial.length)}\n`, ...partial.map(line));
  if (rejected.length > 0)
    report.push(`${m.invalidRowsHeading(rejected.length)}\n`, ...rejected.map((r) => `  - ${r}\n`));
  if (rows.length === 0 && (skipped.length > 0 || rejected.length > 0))
    report.push(`perhekeskus: ${m.importNothing}\n`);
  report.push(`${kind === 'places' ? m.importDonePlaces(rows.length) : m.importDoneEntries(rows.length)}\n`);
  io.stderr.write(report.join(''));
  return skipped.length + rejected.length;
}
