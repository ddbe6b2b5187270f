import { helsinkiDateTime, helsinkiDayAndMinute, helsinkiToUtc } from '../../time/helsinki.js';
import { formatIsoDay, parseIsoDay, toEpochMs } from '../../time/isoFormat.js';
import { type FieldIssue, fieldIssue, quote } from './linkedEventIssues.js';

/** A Linked Events time: a whole Helsinki day (no time of day known) or an instant. */
export type LinkedEventTime = { kind: 'date'; day: number } | { kind: 'instant'; ms: number };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Seconds and fractions optional; `Z`, `+02:00`, `+0200` or `+02`. A time without an offset is refused. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * Reads a Linked Events `start_time`/`end_time`: an ISO 8601 date-time with `Z` or an offset
 * (`2026-10-24T06:00:00Z`, `2026-03-10T09:00:00+02:00`, fractions of a second dropped), or a bare
 * date (`2026-03-10`), which the API writes when the event has no time of day. A date-time without an
 * offset is refused, because nothing says which zone it is in.
 *
 * @param value - the field's text
 * @returns the day (epoch day) or the instant (epoch ms), or `undefined` when the text is neither
 * @example
 * parseLinkedEventTime('2026-10-24T06:00:00Z'); // { kind: 'instant', ms: Date.UTC(2026, 9, 24, 6) }
 * parseLinkedEventTime('2026-03-10'); // { kind: 'date', day: 20522 }
 * parseLinkedEventTime('2026-03-10T09:00:00'); // undefined
 */
export function parseLinkedEventTime(value: string): LinkedEventTime | undefined {
  const text = value.trim();
  if (DATE.test(text)) {
    const day = parseIsoDay(text);
    // parseIsoDay rolls 2026-02-30 over to March; a real date writes back unchanged.
    return formatIsoDay(day) === text ? { kind: 'date', day } : undefined;
  }
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, date, hour, minute, second = '00', zone = 'Z'] = match;
  let offset = zone.toUpperCase();
  if (offset !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    offset = `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
  }
  const ms = toEpochMs(`${date}T${hour}:${minute}:${second}${offset}`);
  return ms === undefined ? undefined : { kind: 'instant', ms };
}

/** The Helsinki midnight that starts an epoch day. */
function midnight(day: number): number {
  return helsinkiToUtc(day, 0);
}

/** The Helsinki day of an instant. */
function helsinkiDay(ms: number): number {
  return helsinkiDayAndMinute(ms)[0];
}

/** The times of an entry, as {@link linkedEventTimes} decides them. */
export interface EntryTimes {
  start: string;
  end: string;
  allDay: boolean;
  issues: FieldIssue[];
}

/** The time fields of an event that {@link linkedEventTimes} reads. */
export interface LinkedEventTimeFields {
  start_time?: string | null | undefined;
  end_time?: string | null | undefined;
  has_start_time?: boolean | null | undefined;
  has_end_time?: boolean | null | undefined;
}

/**
 * The start and end of an entry from an event's times, in Helsinki time with the offset of each
 * instant (so a `Z` time on either side of the October change gets `+03:00` or `+02:00`). The rules:
 * - a date-only start (or `has_start_time: false`) makes an all-day entry from that day's midnight;
 *   a date-only end (or `has_end_time: false`, whose stored time is the midnight after the last day,
 *   as the Linked Events serializer states) runs through that day;
 * - no end (or an end equal to the start): an all-day start lasts that one day; a timed start lasts
 *   to the end of its Helsinki day, which is how Linked Events stores events without an end time;
 *   either is reported as `missing-end-time`;
 * - an unreadable end is reported (`invalid-time`) and treated as no end;
 * - an end before the start, or no readable start, gives a skip issue instead.
 *
 * @param event - `start_time`, `end_time` and the optional `has_start_time`/`has_end_time`
 * @returns `{ start, end, allDay, issues }`, or `{ skip }` with the issue that leaves the event out
 * @example
 * linkedEventTimes({ start_time: '2026-10-24T06:00:00Z', end_time: '2026-10-25T07:00:00Z' });
 * // { start: '2026-10-24T09:00:00+03:00', end: '2026-10-25T09:00:00+02:00', allDay: false, issues: [] }
 * linkedEventTimes({ start_time: '2026-03-10' });
 * // { start: '2026-03-10T00:00:00+02:00', end: '2026-03-11T00:00:00+02:00', allDay: true, issues: [missing-end-time] }
 */
export function linkedEventTimes(event: LinkedEventTimeFields): EntryTimes | { skip: FieldIssue } {
  const issues: FieldIssue[] = [];
  if (typeof event.start_time !== 'string' || event.start_time.trim() === '') {
    return {
      skip: fieldIssue(
        'start_time',
        'missing-start-time',
        'The event has no start time, so it has no place in a calendar',
        true,
      ),
    };
  }
  let start = parseLinkedEventTime(event.start_time);
  if (start === undefined) {
    const message = `The start time ${quote(event.start_time)} is not an ISO 8601 date or date-time with an offset`;
    return { skip: fieldIssue('start_time', 'invalid-time', message, true, event.start_time) };
  }
  if (start.kind === 'instant' && event.has_start_time === false) start = { kind: 'date', day: helsinkiDay(start.ms) };

  let end: LinkedEventTime | undefined;
  if (typeof event.end_time === 'string' && event.end_time.trim() !== '') {
    end = parseLinkedEventTime(event.end_time);
    if (end === undefined) {
      const message = `The end time ${quote(event.end_time)} is not an ISO 8601 date or date-time with an offset; treated as missing`;
      issues.push(fieldIssue('end_time', 'invalid-time', message, false, event.end_time));
    } else if (end.kind === 'instant' && event.has_end_time === false) {
      end = { kind: 'date', day: helsinkiDay(end.ms - 1) };
    }
  }

  const skipEnd = () => ({
    skip: fieldIssue(
      'end_time',
      'end-before-start',
      `The event ends (${quote(event.end_time)}) before it starts (${quote(event.start_time)})`,
      true,
      event.end_time,
    ),
  });

  if (start.kind === 'date') {
    const first = start.day;
    let last = first;
    if (end === undefined) {
      issues.push(
        fieldIssue('end_time', 'missing-end-time', `No end time: taken as an all-day event on ${formatIsoDay(first)}`),
      );
    } else if (end.kind === 'date') {
      last = end.day;
    } else {
      last = helsinkiDay(end.ms - 1);
      issues.push(
        fieldIssue(
          'end_time',
          'unmapped-field',
          `The end time of day is not kept: the event has no start time, so it is all-day through ${formatIsoDay(Math.max(first, last))}`,
        ),
      );
      last = Math.max(first, last);
    }
    if (last < first) return skipEnd();
    return {
      start: helsinkiDateTime(midnight(first)),
      end: helsinkiDateTime(midnight(last + 1)),
      allDay: true,
      issues,
    };
  }

  const startMs = start.ms;
  let endMs: number;
  if (end === undefined || (end.kind === 'instant' && end.ms === startMs)) {
    endMs = midnight(helsinkiDay(startMs) + 1);
    const why = end === undefined ? 'No end time' : 'The end time equals the start time';
    issues.push(
      fieldIssue(
        'end_time',
        'missing-end-time',
        `${why}: assumed to last until the end of the day (${helsinkiDateTime(endMs)})`,
      ),
    );
  } else {
    endMs = end.kind === 'instant' ? end.ms : midnight(end.day + 1);
  }
  if (endMs <= startMs) return skipEnd();
  return { start: helsinkiDateTime(startMs), end: helsinkiDateTime(endMs), allDay: false, issues };
}
