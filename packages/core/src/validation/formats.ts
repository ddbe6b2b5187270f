import * as z from 'zod/mini';
import type { FormatIssueCode } from './issueCodes.js';

/**
 * The one table of the library's format patterns. A schema checks a format with `matches(code)`, so
 * the pattern stays a `z.regex` (the JSON Schemas generated from the zod schemas carry it) and a
 * failure is known by its pattern, never by its English message (which is for logs only).
 */
export const FORMAT_PATTERNS = {
  'invalid-id': { pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, message: 'Expected an id of a-z, 0-9 and hyphens' },
  'invalid-date': { pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'Expected a date as YYYY-MM-DD' },
  'invalid-time': { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'Expected a time as HH:mm' },
  'invalid-date-time': {
    pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/,
    message: 'Expected an ISO 8601 date-time with offset',
  },
  'invalid-utc-time': {
    pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
    message: 'Expected a UTC time as YYYY-MM-DDTHH:mm:ssZ',
  },
  'invalid-municipality-code': { pattern: /^\d{3}$/, message: 'Expected a three-digit municipality code' },
  'invalid-language-code': { pattern: /^[a-z]{2,3}$/, message: 'Expected an ISO 639 language code' },
  'invalid-postal-code': { pattern: /^\d{5}$/, message: 'Expected a five-digit postal code' },
  'invalid-phone': { pattern: /^\+?[0-9 ()-]{5,20}$/, message: 'Expected a phone number' },
  'invalid-section': { pattern: /^(?:§\s*)?[1-9]\d*(?:\s?[a-z])?$/, message: 'Expected a section such as 23 or 23 a' },
  'invalid-day-of-year': {
    pattern: /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
    message: 'Expected a day of the year as MM-DD',
  },
  'invalid-sha256': { pattern: /^[0-9a-f]{64}$/, message: 'Expected a SHA-256 digest as 64 hex digits' },
  'invalid-file-path': {
    pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*\.(?:json|html|css)$/,
    message: 'Expected a path such as groups/x.json or html/fi/places.html',
  },
  'invalid-domain': { pattern: /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, message: 'Expected a domain such as perhekeskus.fi' },
  'invalid-rrule': {
    pattern: /^FREQ=(?:SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(?:;[A-Z]+=[A-Z0-9+,-]+)*$/,
    message: 'Expected an RRULE value such as FREQ=MONTHLY;BYDAY=2TU',
  },
} as const satisfies Partial<Record<FormatIssueCode, { pattern: RegExp; message: string }>>;

/** A format code that has a pattern. */
export type PatternFormatCode = keyof typeof FORMAT_PATTERNS;

/** zod's own string formats that the library uses, by the code their failure gets. */
const ZOD_FORMATS: Readonly<Record<string, FormatIssueCode>> = { url: 'invalid-url', email: 'invalid-email' };

const BY_PATTERN: ReadonlyMap<string, FormatIssueCode> = /* @__PURE__ */ new Map(
  Object.entries(FORMAT_PATTERNS).map(([code, { pattern }]) => [String(pattern), code as FormatIssueCode]),
);

/**
 * The check of one format of the table: `z.string().check(matches('invalid-id'))`.
 *
 * @param code - the format's code
 * @returns a `z.regex` check with the table's pattern and English message
 * @example
 * const Id = z.string().check(matches('invalid-id'));
 */
export function matches(code: PatternFormatCode) {
  const { pattern, message } = FORMAT_PATTERNS[code];
  return z.regex(pattern, message);
}

/**
 * The code of a failed format check, from its pattern (`z.regex`) or zod's format name (`z.url()`).
 *
 * @param issue - a zod `invalid_format` issue
 * @returns the code, or undefined for a pattern or format the table does not know
 * @example
 * formatCodeOf({ code: 'invalid_format', format: 'regex', pattern: '/^\\d{3}$/', path: [], message: '' });
 * // 'invalid-municipality-code'
 */
export function formatCodeOf(issue: z.core.$ZodIssueInvalidStringFormat): FormatIssueCode | undefined {
  if (issue.format === 'regex') return issue.pattern === undefined ? undefined : BY_PATTERN.get(issue.pattern);
  return ZOD_FORMATS[issue.format];
}
