import type { IsoDate, LocalizedText } from '../model/common.js';
import type { Audience, MeetingPlace, Offering } from '../model/meeting-place.js';
import type { ZonedDateTime } from '../time/zonedDateTime.js';
import { helsinkiDateTime, helsinkiToUtc } from '../time/helsinki.js';
import { formatIsoDay, isIsoDate, parseIsoDay, parseLocalTime } from '../time/isoFormat.js';
import { TimeInputError } from '../time/timeInputError.js';
import { dayInfo } from './dayInfo.js';
import { dayOpenings } from './dayOpenings.js';

/** One dated opening of an activity, as returned by {@link upcomingOpenings}. */
export interface UpcomingOpening {
  readonly activityId: string;
  readonly name: LocalizedText;
  readonly offering: Offering;
  /** The activity's own audiences, when it has any. */
  readonly audiences?: readonly Audience[];
  /** The Helsinki calendar date. */
  readonly date: IsoDate;
  /** Start with its Helsinki offset: `2026-03-10T09:00:00+02:00`. */
  readonly start: ZonedDateTime;
  readonly end: ZonedDateTime;
  /** Present and true when an exception changed the hours (or moved the session to this day). */
  readonly changed?: true;
  /** The exception's note when it has one, else the activity's note. */
  readonly note?: LocalizedText;
}

/** The days {@link upcomingOpenings} covers. */
export interface UpcomingOpeningsOptions {
  /** The first day, `YYYY-MM-DD`. */
  from: IsoDate;
  /** How many days, 1–366 (default 7). */
  days?: number | undefined;
}

/**
 * The options, checked without a schema (the finder calls this for every row it shows, and a page
 * that shows built-in data loads no schema library).
 *
 * @throws {TimeInputError} naming the option that is wrong
 */
function readOptions(options: UpcomingOpeningsOptions): { from: IsoDate; days: number } {
  if (typeof options !== 'object' || options === null) {
    throw new TimeInputError('options', 'invalid-type', 'Expected an object');
  }
  const unknown = Object.keys(options).find((key) => key !== 'from' && key !== 'days');
  if (unknown !== undefined) throw new TimeInputError('options', 'unknown-field', `Unknown field ${unknown}`);
  const { from, days = 7 } = options;
  if (!isIsoDate(from))
    throw new TimeInputError('options.from', 'invalid-date', 'Not a real calendar date as YYYY-MM-DD');
  if (!Number.isInteger(days)) throw new TimeInputError('options.days', 'invalid-type', 'Expected a whole number');
  if (days < 1) throw new TimeInputError('options.days', 'too-small', 'Expected at least 1 day');
  if (days > 366) throw new TimeInputError('options.days', 'too-big', 'Expected at most 366 days');
  return { from, days };
}

/**
 * The openings of a place over the coming days, in Helsinki time and in time order. Weekly
 * activities are expanded day by day honouring their weekday, odd/even ISO weeks, `validFrom` /
 * `validTo` and the place's `operating` range; exceptions then apply: a closed one removes the
 * activity (or every activity, without `activityId`), an open one sets the hours (`changed: true`),
 * and one with `activityId` can move a session to a day it would not otherwise run. Public holidays
 * close nothing by themselves: a place closed on a holiday must say so with an exception, because
 * many meeting places keep open on some holidays and we would rather show a real opening than guess.
 * Offsets follow daylight saving time (`+02:00` in winter, `+03:00` in summer). The place is
 * trusted typed data; the options are checked.
 *
 * @param place - the meeting place
 * @param options - `from`: the first day (usually `helsinkiToday()`); `days`: how many days (default 7, 1–366)
 * @returns the openings, sorted by start time, then by activity order
 * @throws {TimeInputError} naming the option when `from` is not a real date or `days` not a whole number in 1–366
 * @example
 * upcomingOpenings(place, { from: '2026-03-09' });
 * // for a Tuesday 09:00–12:00 activity: [{ activityId: 'open-morning', date: '2026-03-10',
 * //   start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T12:00:00+02:00', … }]
 */
export function upcomingOpenings(place: MeetingPlace, options: UpcomingOpeningsOptions): UpcomingOpening[] {
  const { from, days } = readOptions(options);
  const out: UpcomingOpening[] = [];
  const first = parseIsoDay(from);
  for (let day = first; day < first + days; day++) {
    const date = formatIsoDay(day);
    // A skipped spring-change time moves an hour later, as TZDate does (`helsinkiToUtc`).
    const at = (time: string) => helsinkiDateTime(helsinkiToUtc(day, parseLocalTime(time)));
    const todays = dayOpenings(place, dayInfo(date));
    // Local HH:mm strings sort correctly within one day.
    todays.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    for (const opening of todays) {
      const { activity } = opening;
      out.push({
        activityId: activity.id,
        name: activity.name,
        offering: activity.offering,
        ...(activity.audiences ? { audiences: activity.audiences } : {}),
        date,
        start: at(opening.start),
        end: at(opening.end),
        ...(opening.changed ? { changed: true as const } : {}),
        ...(opening.note ? { note: opening.note } : {}),
      });
    }
  }
  return out;
}
