/**
 * The codes a {@link CalendarIssue} can carry; widgets translate from these (see
 * `calendarIssueMessage`). They are those of `placeIssueCodes`, with the same meaning, plus
 * `invalid-date-time`:
 * - `not-a-list`: the input is neither a list of entries nor an object with an `entries` list (fatal);
 * - `invalid-type`, `missing`, `invalid-value`, `unknown-field`, `too-small`, `too-big`: as for places;
 * - `invalid-format`: an id or a web address in the wrong shape (`expected`: `id` or `url`; `received`);
 * - `invalid-date-time`: not a real ISO 8601 date-time with an offset, `2026-03-10T09:30:00+02:00` (`received`);
 * - `duplicate-id`: a later entry reuses an id (`received`: the id; the later entry is dropped);
 * - `custom`: a rule across fields (`expected`: `start-before-end`).
 */
export const calendarIssueCodes = [
  'not-a-list',
  'invalid-type',
  'missing',
  'invalid-value',
  'unknown-field',
  'too-small',
  'too-big',
  'invalid-format',
  'invalid-date-time',
  'duplicate-id',
  'custom',
] as const;
export type CalendarIssueCode = (typeof calendarIssueCodes)[number];

/** One problem found in calendar entries given as data, precise enough to name the entry and the field. */
export interface CalendarIssue {
  /** Zero-based row in the list; absent for a problem with the list itself. */
  readonly index?: number;
  /** The row's `id`, when it has a string one (cut to 100 characters). */
  readonly entryId?: string;
  /** The row's title (Finnish, else Swedish, else English), when it has one (cut to 100 characters). */
  readonly entryTitle?: string;
  /** Where, as a person reads it: `entries[3].start` (also for a bare-array input). */
  readonly path: string;
  readonly code: CalendarIssueCode;
  /** What was expected; its meaning depends on `code` (see {@link calendarIssueCodes}). */
  readonly expected?: string;
  /** What was found: a type name, or the offending value cut to 100 characters. Plain text, never markup. */
  readonly received?: string;
  /** For `unknown-field`: the unknown field names (at most 20). */
  readonly keys?: readonly string[];
  /** The issue in English, as `calendarIssueMessage(issue, 'en')` writes it. */
  readonly message: string;
}
