import { entryDays } from '../calendar/entryDays.js';
import { formatIsoDay } from '../time/isoFormat.js';

/** An iCalendar DATE value (`YYYYMMDD`) of an epoch day. */
function icalDate(day: number): string {
  return formatIsoDay(day).replaceAll('-', '');
}

/**
 * The iCalendar DATE values of an all-day event: the Helsinki calendar days its instants cover, as
 * `DTSTART` (the day of `start`) and an exclusive `DTEND` (the day after the last day; RFC 5545
 * §3.6.1). The last day is the day of the last instant before `end`, so an event that ends at
 * midnight does not reach the next day, in summer and in winter time alike, whatever offset the
 * instants are written with.
 *
 * @param event - the event's `start` and `end` instants
 * @returns `{ start, end }` as `YYYYMMDD`, `end` exclusive
 * @example
 * icalDateRange({ start: '2027-09-01T00:00:00+03:00', end: '2027-12-01T00:00:00+02:00' });
 * // { start: '20270901', end: '20271201' }: 1 September to 30 November
 */
export function icalDateRange(event: { readonly start: string; readonly end: string }): {
  start: string;
  end: string;
} {
  const [first, last] = entryDays(event);
  return { start: icalDate(first), end: icalDate(last + 1) };
}
