import { identifyRow, type KnownMessage, listRows, validateRows } from '../search/rowIssues.js';
import { CalendarEntry } from './calendarEntry.js';
import type { CalendarIssue, CalendarIssueCode } from './calendarIssue.js';
import { calendarIssueMessage } from './calendarIssueMessage.js';

/** The result of {@link validateCalendarEntries}. */
export interface CalendarEntryValidation {
  /** The valid rows, parsed, in input order (first of each id only). */
  readonly entries: CalendarEntry[];
  /** Every problem found, in input order. */
  readonly issues: CalendarIssue[];
  /** True when nothing could be read at all: the input is not a list of entries. */
  readonly fatal: boolean;
}

type Draft = Omit<CalendarIssue, 'message'>;

/** What the schemas' own messages mean (src/model/common.ts, export/instant.ts, export/calendarEvent.ts). */
const MESSAGES: Record<string, KnownMessage<CalendarIssueCode>> = {
  'Expected an id of a-z, 0-9 and hyphens': { code: 'invalid-format', expected: 'id' },
  'Expected an ISO 8601 date-time with offset': { code: 'invalid-date-time' },
  'Not a real date-time': { code: 'invalid-date-time' },
  'Line breaks are not allowed in a URL': { code: 'invalid-format', expected: 'url' },
  'The entry ends before it starts': { code: 'custom', expected: 'start-before-end' },
  'The minimum age is above the maximum age': { code: 'custom', expected: 'min-age-before-max-age' },
};

/** The row's id and title for messages, when they are strings. */
function identify(row: unknown, index: number): Pick<Draft, 'index' | 'entryId' | 'entryTitle'> {
  const { id, name } = identifyRow(row, 'title');
  return { index, ...(id !== undefined ? { entryId: id } : {}), ...(name !== undefined ? { entryTitle: name } : {}) };
}

function withMessage(draft: Draft): CalendarIssue {
  return { ...draft, message: calendarIssueMessage(draft, 'en') };
}

/**
 * Checks calendar entries from outside (the `src` JSON of `<pk-calendar>`, or entries a page sets as
 * a property) row by row, keeping every valid row and saying precisely what is wrong with the
 * others, as `validatePlaces` does for meeting places and with the same codes. Accepts a
 * `CalendarEntryList` (`{ entries: [...] }`, optionally with `$schema`) or a bare array. A later row
 * reusing an id is dropped (`duplicate-id`). `fatal` is true only when the input holds no list of
 * entries at all. Hostile text stays inert data, and values quoted in issues are cut to 100 characters.
 *
 * @param input - parsed JSON of unknown shape
 * @returns the valid entries, the issues (see `calendarIssueCodes`) and whether the input was unusable
 * @example
 * const { entries, issues } = validateCalendarEntries({ entries: [good, { ...good, id: 'b', start: '10.3.2026 9.30' }] });
 * // entries: [good]; issues[0]: { index: 1, entryId: 'b', path: 'entries[1].start', code: 'invalid-date-time', received: '10.3.2026 9.30', … }
 */
export function validateCalendarEntries(input: unknown): CalendarEntryValidation {
  const list = listRows(input, 'entries');
  const issues: CalendarIssue[] = list.issues.map(withMessage);
  const rows = list.rows;
  if (rows === undefined) return { entries: [], issues, fatal: true };

  const { valid, drafts } = validateRows(rows, CalendarEntry, 'entries', identify, MESSAGES);
  for (const draft of drafts) issues.push(withMessage(draft));
  return { entries: valid, issues, fatal: false };
}
