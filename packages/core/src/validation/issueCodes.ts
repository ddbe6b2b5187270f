/**
 * Every code a {@link DataIssue} can carry, in five groups. The groups say how a sentence is built
 * (`issueMessages`): a format code gets what the value should look like and the value found, a rule
 * code a fixed clause, every other code a sentence made from the issue's fields.
 *
 * Fields per code (absent where they add nothing):
 * - `invalid-type`: `expected` the JSON type wanted, `received` the type found (`string`, `number`,
 *   `int`, `boolean`, `array`, `object`, `null`); `missing`: a required field is absent (`expected`);
 * - `invalid-value`: not one of `allowed` (`received`: the value); `unknown-field`: `unknownKeys`
 *   (`path` is the object holding them); `too-small` / `too-big`: `expected` the limit, `origin`
 *   what was measured (`string` length, `array` items, `number`…); `not-a-multiple`: `expected` the
 *   divisor; `invalid-key` / `invalid-element`: a key or element of a record, map or set;
 *   `no-matching-shape`: none of the shapes a union allows; `invalid-format`: a format the library
 *   has no code for (`expected`: zod's format name); `invalid`: a rule without a known code (`rule`:
 *   its code, if it has one); `not-a-list`: the input holds no list (`expected`: the list's field,
 *   `places` or `entries`; `received`: the type found); `duplicate-id`: `received` the id an earlier
 *   row already has; `too-many-items`: a list longer than the library checks item by item
 *   (`expected` the most items, 10,000; `received` the count), its items unchecked;
 *   `too-many-issues`: a value with more problems than can be listed (none of them is).
 * - formats: the value (`received`) does not have the shape the code names; `invalid-unicode`: the
 *   text holds a lone surrogate, which `received` quotes as U+FFFD (�).
 * - rules: a check across fields; the code is the whole story.
 * - `year-outside-range`: `expected` the years allowed (`1922–2200`, the supported years, for every
 *   date, instant and year of the model; `received` the value); a check of one value, so it does not
 *   hide or yield to other issues of its row; `range-too-long`: `expected` the most days.
 * - references (`regionReferenceIssues`, `placeMunicipalityIssues`): `unknown-reference`
 *   (`received` the id; `expected` what it should name: `party`, `person`, `group`, `group-or-person`, `area`,
 *   `county`, `wellbeing-county`, `activity` or `agreement`, with `allowed` the region's agreements), `mismatch` (`expected`: `agreement-parties` when a
 *   party acts in an agreement that does not list it, `area` when a municipality and an area
 *   disagree; `received` the party or area), `cycle` (the row's group is its own ancestor),
 *   `unknown-municipality` (`received` a code that is no municipality of Finland), `outside-region`
 *   and `outside-list` (`received` a municipality the region or the file does not list; `names.received`
 *   its name), `outside-county` (`received` the municipality, `expected` the county it is in,
 *   `names`: the municipality's, that county's and the region's county's names), `unknown-kind`
 *   (`received` the kind, `expected` the vocabulary, `allowed` its values).
 * - `unschedulable` (`scheduleIssues`): the schedule engine refused the cadence over `period`
 *   (`received`: the value at `path`).
 */

/** Codes for the shape of the data: zod's own issue kinds, plus the two a list of rows adds. */
export const shapeIssueCodes = [
  'invalid-type',
  'missing',
  'invalid-value',
  'unknown-field',
  'too-small',
  'too-big',
  'not-a-multiple',
  'invalid-key',
  'invalid-element',
  'no-matching-shape',
  'invalid-format',
  'invalid',
  'not-a-list',
  'duplicate-id',
  'too-many-items',
  'too-many-issues',
] as const;
export type ShapeIssueCode = (typeof shapeIssueCodes)[number];

/** Codes for a value in the wrong format; each belongs to a pattern or a zod format (`formats.ts`). */
export const formatIssueCodes = [
  'invalid-id',
  'invalid-date',
  'invalid-time',
  'invalid-date-time',
  'invalid-utc-time',
  'invalid-municipality-code',
  'invalid-language-code',
  'invalid-postal-code',
  'invalid-phone',
  'invalid-email',
  'invalid-url',
  'invalid-section',
  'invalid-day-of-year',
  'invalid-sha256',
  'invalid-file-path',
  'invalid-domain',
  'invalid-rrule',
  'invalid-characters',
  'invalid-unicode',
] as const;
export type FormatIssueCode = (typeof formatIssueCodes)[number];

/** Codes of the model's rules across fields (`params.rule` of a `modelRule` check). */
export const ruleIssueCodes = [
  'text-needs-national-language',
  'activity-ends-before-start',
  'valid-to-before-valid-from',
  'exception-hours',
  'entry-ends-before-start',
  'min-age-above-max-age',
  'period-ends-before-start',
  'termination-twice',
  'no-termination-rule',
  'notice-after-period',
  'role-needs-holder',
  'deputy-of-not-deputy',
  'in-person-beyond-times',
  'in-person-at-beyond-times',
  'in-person-disagree',
  'cadence-does-not-fit',
  'in-person-beyond-year',
  'in-person-at-beyond-year',
  'phase-year-required',
  'variant-not-evaluation-kind',
  'to-before-from',
  'employment-needs-period',
  'extract-after-check',
  'needed-for-missing',
  'not-student-welfare-group',
  'ring-entries-share-id',
  'rings-share-id',
  'result-outside-years',
  'instant-outside-years',
  'occurrence-ends-before-start',
  'event-ends-before-start',
  'exdates-need-rrule',
  'recurrence-start-ambiguous',
  'rrule-until-not-utc',
  'rrule-until-and-count',
  'all-day-recurrence',
  'name-missing',
  'group-missing',
  'group-mismatch',
  'rotation-repeats',
  'rotation-needs-start',
  'rotation-empty',
] as const;
export type RuleIssueCode = (typeof ruleIssueCodes)[number];

/** Codes of rules whose sentence needs the limit (`expected`). */
export const limitIssueCodes = ['year-outside-range', 'range-too-long'] as const;
export type LimitIssueCode = (typeof limitIssueCodes)[number];

/** Codes of references between rows and to the national reference data. */
export const referenceCheckCodes = [
  'unknown-reference',
  'mismatch',
  'cycle',
  'unknown-municipality',
  'outside-region',
  'outside-county',
  'outside-list',
  'unknown-kind',
] as const;
export type ReferenceCheckCode = (typeof referenceCheckCodes)[number];

/** Codes of the schedule engine (`scheduleIssues`). */
export const scheduleIssueCodes = ['unschedulable'] as const;
export type ScheduleIssueCode = (typeof scheduleIssueCodes)[number];

/** Every code a {@link DataIssue} can carry; `issueMessages` has a sentence for each in every locale. */
export const dataIssueCodes = [
  ...shapeIssueCodes,
  ...formatIssueCodes,
  ...ruleIssueCodes,
  ...limitIssueCodes,
  ...referenceCheckCodes,
  ...scheduleIssueCodes,
] as const;
export type DataIssueCode = (typeof dataIssueCodes)[number];

const KNOWN: ReadonlySet<string> = /* @__PURE__ */ new Set(dataIssueCodes);

/**
 * Tells whether a string is one of the library's issue codes (a rule's `params.rule` may be a user's own).
 *
 * @param code - a code from a zod issue's `params.rule`, or any string
 * @returns true for a {@link DataIssueCode}
 * @example
 * isDataIssueCode('invalid-date'); // true
 * isDataIssueCode('my-own-rule'); // false
 */
export function isDataIssueCode(code: unknown): code is DataIssueCode {
  return typeof code === 'string' && KNOWN.has(code);
}
