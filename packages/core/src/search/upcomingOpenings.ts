import * as z from 'zod/mini';
import { IsoDate, type LocalizedText } from '../model/common.js';
import type { Audience, MeetingPlace, Offering } from '../model/meeting-place.js';
import { parseInput } from '../model/validation.js';
import type { ZonedDateTime } from '../schedule/occurrence.js';
import { helsinkiDateTime, helsinkiToUtc } from '../schedule/time/helsinki.js';
import { formatIsoDay, parseIsoDay, parseLocalTime } from '../schedule/time/isoFormat.js';
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

const OpeningsOptions = z.strictObject({
  from: IsoDate,
  days: z.optional(z.int().check(z.gte(1), z.lte(366))),
});
export type UpcomingOpeningsOptions = z.infer<typeof OpeningsOptions>;

/**
 * The openings of a place over the coming days, in Helsinki time and in time order. Weekly
 * activities are expanded day by day honouring their weekday, odd/even ISO weeks, `validFrom` /
 * `validTo` and the place's `operating` range; exceptions then apply: a closed one removes the
 * activity (or every activity, without `activityId`), an open one sets the hours (`changed: true`),
 * and one with `activityId` can move a session to a day it would not otherwise run. Public holidays
 * close nothing by themselves: a place closed on a holiday must say so with an exception, because
 * many meeting places keep open on some holidays and we would rather show a real opening than guess.
 * Offsets follow daylight saving time (`+02:00` in winter, `+03:00` in summer). The place is
 * trusted typed data; the options are validated.
 *
 * @param place - the meeting place
 * @param options - `from`: the first day (usually `helsinkiToday()`); `days`: how many days (default 7, 1–366)
 * @returns the openings, sorted by start time, then by activity order
 * @example
 * upcomingOpenings(place, { from: '2026-03-09' });
 * // for a Tuesday 09:00–12:00 activity: [{ activityId: 'open-morning', date: '2026-03-10',
 * //   start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T12:00:00+02:00', … }]
 */
export function upcomingOpenings(place: MeetingPlace, options: UpcomingOpeningsOptions): UpcomingOpening[] {
  const { from, days = 7 } = parseInput(OpeningsOptions, options, 'options');
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
