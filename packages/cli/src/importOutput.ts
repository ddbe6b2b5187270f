import {
  type CalendarEntry,
  checkCalendarEntries,
  checkPlaces,
  dataIssueMessage,
  type Locale,
  type MeetingPlace,
} from '@perhekeskus/core';
import { type ImportIssue, type ImportResult, type ImportSource, importIssueMessage } from '@perhekeskus/core/import';
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

/** What an import produces: the file's text, the report for standard error, and how many records were dropped. */
export interface ImportOutput {
  /** The whole meeting-place list or calendar-entry file, ready to write. */
  readonly text: string;
  /** The report: every record skipped, every field left out, every row validation rejected, a summary. */
  readonly report: string;
  /** How many records were skipped or rejected. */
  readonly dropped: number;
}

/**
 * Validates an importer's rows once more with core's validators (the file must be one that
 * `perhekeskus validate` accepts; this also drops a record served twice across pages) and prepares
 * the file and the report of what was skipped, what was left out and what validation rejected.
 * Nothing is written here: the caller writes the file only once all of it is ready. Every list is
 * built one element at a time (never `push(...list)`, whose arguments overflow the call stack at
 * about 120,000 records).
 *
 * @param kind - `places` (a meeting-place list) or `entries` (calendar entries)
 * @param result - what the importer returned
 * @param lang - the language of the report
 * @param source - the importer, which names the records in the report (default `ptv` for places,
 *   `linked-events` for entries; `hsds` for `import hsds`)
 * @returns the file's text, the report and how many records were skipped or rejected
 * @example
 * importOutput('places', importPtvServiceLocations(channels), 'fi').text; // '{ "$schema": …, "places": [ … ] }\n'
 */
export function importOutput(
  kind: 'places' | 'entries',
  result: ImportResult<MeetingPlace> | ImportResult<CalendarEntry>,
  lang: Locale,
  source: ImportSource = SOURCES[kind],
): ImportOutput {
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
  const text = `${JSON.stringify({ $schema: SCHEMA_URLS[kind], [kind]: rows }, null, 2)}\n`;

  const skipped = result.issues.filter((issue) => issue.skipped);
  const partial = result.issues.filter((issue) => !issue.skipped);
  const report: string[] = [];
  const section = (heading: string, lines: readonly string[]) => {
    if (lines.length === 0) return;
    report.push(`${heading}\n`);
    for (const line of lines) report.push(line);
  };
  const line = (issue: ImportIssue) => issueLine(issue, lang, source);
  section(m.skippedHeading(skipped.length), skipped.map(line));
  section(m.fieldIssuesHeading(partial.length), partial.map(line));
  section(
    m.invalidRowsHeading(rejected.length),
    rejected.map((r) => `  - ${r}\n`),
  );
  if (rows.length === 0 && (skipped.length > 0 || rejected.length > 0))
    report.push(`perhekeskus: ${m.importNothing}\n`);
  report.push(`${kind === 'places' ? m.importDonePlaces(rows.length) : m.importDoneEntries(rows.length)}\n`);
  return { text, report: report.join(''), dropped: skipped.length + rejected.length };
}
