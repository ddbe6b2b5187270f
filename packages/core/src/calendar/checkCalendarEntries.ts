import type { DataIssue } from '../validation/dataIssue.js';
import { listRows, validateRows } from '../validation/rowIssues.js';
import { CalendarEntry } from './calendarEntry.js';

/** The result of {@link checkCalendarEntries}. */
export interface CalendarEntryCheck {
  /** The valid rows, parsed, in input order (first of each id only). */
  readonly entries: CalendarEntry[];
  /** Every problem found, in input order; translate with `dataIssueMessage(issue, locale, { document: 'entries' })`. */
  readonly issues: DataIssue[];
  /** True when nothing could be read at all: the input is not a list of entries. */
  readonly fatal: boolean;
}

/**
 * Checks calendar entries from outside (the `src` JSON of `<pk-calendar>`, or entries a page sets as
 * a property) row by row, keeping every valid row and saying precisely what is wrong with the
 * others, as `checkPlaces` does for meeting places and with the same codes. Accepts a
 * `CalendarEntryList` (`{ entries: [...] }`, optionally with `$schema`) or a bare array. A later row
 * reusing an id is dropped (`duplicate-id`). `fatal` is true only when the input holds no list of
 * entries at all. Hostile text stays inert data, and values quoted in issues are cut to 100 characters.
 *
 * @param input - parsed JSON of unknown shape
 * @returns the valid entries, the coded issues (`dataIssueCodes`) and whether the input was unusable
 * @example
 * const { entries, issues } = checkCalendarEntries({ entries: [good, { ...good, id: 'b', start: '10.3.2026 9.30' }] });
 * // entries: [good]; issues[0]: { path: 'entries[1].start', code: 'invalid-date-time', received: '10.3.2026 9.30',
 * //   row: { section: 'entries', index: 1, id: 'b', … }, … }
 */
export function checkCalendarEntries(input: unknown): CalendarEntryCheck {
  const list = listRows(input, 'entries');
  if (list.rows === undefined) return { entries: [], issues: list.issues, fatal: true };
  const { valid, issues } = validateRows(list.rows, CalendarEntry, 'entries');
  return { entries: valid, issues: [...list.issues, ...issues], fatal: false };
}
