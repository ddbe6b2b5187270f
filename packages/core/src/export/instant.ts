import * as z from 'zod/mini';
import { ZonedDateTime } from '../schedule/occurrence.js';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The instant a {@link ZonedDateTime} names, in milliseconds since the epoch, or `undefined` when the
 * string is not a real date-time. `Date.parse` is not used because it rolls `2026-02-30` over to March.
 *
 * @param value - an ISO 8601 date-time with `Z` or a `±HH:mm` offset
 * @returns epoch milliseconds, or `undefined` for an impossible date, time or offset
 * @example
 * toEpochMs('2026-03-10T09:00:00+02:00') === Date.UTC(2026, 2, 10, 7); // true
 * toEpochMs('2026-02-30T09:00:00+02:00'); // undefined
 */
export function toEpochMs(value: string): number | undefined {
  const match = PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const sign = match[7] === '-' ? -1 : 1;
  const offsetHours = Number(match[8] ?? 0);
  const offsetMinutes = Number(match[9] ?? 0);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (offsetHours > 18 || offsetMinutes > 59) return undefined;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1) return undefined;
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
}

/** A {@link ZonedDateTime} that names a real instant (no 2026-02-30, no 25:00, no +25:00). */
export const Instant = ZonedDateTime.check(z.refine((value) => toEpochMs(value) !== undefined, 'Not a real date-time'));
export type Instant = z.infer<typeof Instant>;
