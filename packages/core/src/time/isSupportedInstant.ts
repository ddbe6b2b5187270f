import { SUPPORTED_YEARS } from '../validation/supportedYears.js';
import { MS_PER_HOUR } from './calendarDay.js';
import { toEpochMs } from './isoFormat.js';

/**
 * The first and the end of the instants whose Helsinki date is in the supported years: midnight of
 * 1 January in Helsinki, which keeps UTC+02:00 at every new year since 1922 (summer time never
 * reaches January).
 */
const FIRST_MS = Date.UTC(SUPPORTED_YEARS.from, 0, 1) - 2 * MS_PER_HOUR;
const END_MS = Date.UTC(SUPPORTED_YEARS.to + 1, 0, 1) - 2 * MS_PER_HOUR;

/**
 * Whether the Helsinki date of a date-time with an offset is in the supported years (1922–2200). A
 * string that names no instant passes: the format checks report it.
 *
 * @param value - a date-time with `Z` or an offset
 * @returns false when the instant falls before 1922 or after 2200 in Helsinki
 * @example
 * isSupportedInstant('2026-03-10T09:00:00+02:00'); // true
 * isSupportedInstant('2200-12-31T23:00:00Z'); // false: 2201-01-01T01:00 in Helsinki
 */
export function isSupportedInstant(value: string): boolean {
  const ms = toEpochMs(value);
  return ms === undefined || (ms >= FIRST_MS && ms < END_MS);
}
