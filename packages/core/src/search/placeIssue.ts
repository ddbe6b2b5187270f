/**
 * The codes a {@link PlaceIssue} can carry; widgets translate from these (see `placeIssueMessage`).
 * - `not-a-list`: the input is neither a list of places nor an object with a `places` list (fatal;
 *   `received`: the type found);
 * - `invalid-type`: wrong JSON type (`expected`, `received`: `string`, `number`, `int`, `boolean`,
 *   `array`, `object`, `null`);
 * - `missing`: a required field is absent (`expected`: its type);
 * - `invalid-value`: not one of the allowed values (`expected`: them, comma-separated; `received`);
 * - `unknown-field`: fields the format does not have (`keys`; `path` is the object holding them);
 * - `too-small` / `too-big`: below a minimum or above a maximum (`expected`: the limit; `received`:
 *   what was measured, `string` (length), `array` (items) or `number`);
 * - `invalid-format`: a code, id, address… in the wrong shape (`expected`: `id`, `municipality-code`,
 *   `language-code`, `postal-code`, `phone`, `url` or `email`; `received`);
 * - `invalid-date`: not a real `YYYY-MM-DD` date (`received`); `invalid-time`: not `HH:mm` (`received`);
 * - `duplicate-id`: a later place reuses an id (`received`: the id; the later place is dropped);
 * - `custom`: a rule across fields (`expected`: `start-before-end`, `valid-from-before-valid-to` or
 *   `exception-hours`; absent for a rule the catalogue does not know).
 */
export const placeIssueCodes = [
  'not-a-list',
  'invalid-type',
  'missing',
  'invalid-value',
  'unknown-field',
  'too-small',
  'too-big',
  'invalid-format',
  'invalid-date',
  'invalid-time',
  'duplicate-id',
  'custom',
] as const;
export type PlaceIssueCode = (typeof placeIssueCodes)[number];

/** One problem found in meeting-place data, precise enough to name the place and the field. */
export interface PlaceIssue {
  /** Zero-based row in the list; absent for a problem with the list itself. */
  readonly index?: number;
  /** The row's `id`, when it has a string one (cut to 100 characters). */
  readonly placeId?: string;
  /** The row's name (Finnish, else Swedish, else English), when it has one (cut to 100 characters). */
  readonly placeName?: string;
  /** Where, as a person reads it: `places[3].activities[0].start` (also for a bare-array input). */
  readonly path: string;
  readonly code: PlaceIssueCode;
  /** What was expected; its meaning depends on `code` (see {@link placeIssueCodes}). */
  readonly expected?: string;
  /** What was found: a type name, or the offending value cut to 100 characters. Plain text, never markup. */
  readonly received?: string;
  /** For `unknown-field`: the unknown field names (at most 20). */
  readonly keys?: readonly string[];
  /** The issue in English, as `placeIssueMessage(issue, 'en')` writes it. */
  readonly message: string;
}
