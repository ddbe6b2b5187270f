import type { IsoDate, LocalTime } from '../model/common.js';
import { helsinkiDateTime } from './helsinki.js';
import { toEpochMs } from './isoFormat.js';
import { dateMs, TimeInputError } from './timeInputError.js';
import type { ZonedDateTime } from './zonedDateTime.js';

/** `YYYY-MM-DDTHH:mm:ss±HH:mm` as `helsinkiDateTime` writes a Helsinki date in the years 0000–9999. */
const PARTS = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}([+-]\d{2}:\d{2})$/;

/** Where an instant falls on the Helsinki wall clock. */
export interface HelsinkiDateTimeParts {
  /** The Helsinki calendar date, `YYYY-MM-DD`. */
  date: IsoDate;
  /** The Helsinki wall-clock time, `HH:mm` (24-hour; seconds are dropped, not rounded). */
  time: LocalTime;
  /** Helsinki's UTC offset at the instant: `+02:00` in winter, `+03:00` in summer. */
  offset: string;
}

/**
 * The epoch milliseconds of a date-time with an offset (`Instant`'s rule, checked without a schema:
 * this runs for every event a calendar shows) or of a valid `Date`.
 */
function instantMs(instant: unknown): number {
  if (typeof instant !== 'string') return dateMs(instant, 'instant');
  const ms = toEpochMs(instant);
  if (ms === undefined) throw new TimeInputError('instant', 'invalid-date-time', 'Not a real date-time');
  return ms;
}

/**
 * The Helsinki date, wall-clock time and UTC offset of an instant, whatever the zone of the machine or
 * browser: what a family in Finland reads on the clock. Before May 1921, when Helsinki kept local mean
 * time (+01:39:49), the offset is cut to whole minutes (`+01:39`), as `TZDate` does.
 *
 * @param instant - a date-time with an offset or `Z` (`2026-03-10T07:00:00Z`), or a `Date`
 * @returns `{ date: 'YYYY-MM-DD', time: 'HH:mm', offset: '+HH:mm' }` in Helsinki time
 * @throws {TimeInputError} naming `instant` when it is not a real date-time or a valid `Date`
 *   (`invalid-date-time`, `invalid-type`), or when its Helsinki date is outside the years 0000–9999
 *   (`instant-outside-years`)
 * @example
 * helsinkiDateTimeParts('2026-07-01T06:00:00Z'); // { date: '2026-07-01', time: '09:00', offset: '+03:00' }
 * helsinkiDateTimeParts(new Date('2026-03-09T22:30:00Z')); // { date: '2026-03-10', time: '00:30', offset: '+02:00' }
 */
export function helsinkiDateTimeParts(instant: ZonedDateTime | Date): HelsinkiDateTimeParts {
  const match = PARTS.exec(helsinkiDateTime(instantMs(instant)));
  if (!match) {
    throw new TimeInputError(
      'instant',
      'instant-outside-years',
      'Expected an instant whose Helsinki date is in the years 0000–9999',
    );
  }
  return { date: match[1] as IsoDate, time: match[2] as LocalTime, offset: match[3] as string };
}
