import type { HoursException, WeeklyActivity } from '../../model/meeting-place.js';
import type { HsdsSchedule } from './hsdsTypes.js';

/** RFC 5545 weekday codes by ISO weekday (1 = Monday). */
export const HSDS_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** RFC 5545 `BYWEEKNO` lists of the odd and the even ISO weeks (ISO years have 52 or 53 weeks). */
export const HSDS_WEEK_NUMBERS = {
  odd: Array.from({ length: 27 }, (_, i) => 2 * i + 1).join(','),
  even: Array.from({ length: 26 }, (_, i) => 2 * i + 2).join(','),
} as const;

/** The ISO weekday (1 = Monday) of a `YYYY-MM-DD` date. */
function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(2000, m - 1, d));
  day.setUTCFullYear(y);
  return ((day.getUTCDay() + 6) % 7) + 1;
}

/** What every schedule of a place carries: its row id and the service, location and link it belongs to. */
export interface HsdsScheduleLinks {
  id: string;
  service_id: string;
  location_id: string;
  service_at_location_id: string;
}

/**
 * A weekly activity as an HSDS schedule: `freq: WEEKLY`, `wkst: MO`, `byday` (`TU`), `opens_at` and
 * `closes_at` as Helsinki wall-clock `HH:MM` (no UTC offset: Finland's offset changes with daylight
 * saving time, which one fixed offset would get wrong for half the year), odd or even weeks as the
 * matching `byweekno` list, and the activity's dates as `valid_from`/`valid_to`. Its name is the
 * schedule's `description`, its note the `notes`, both in `text`'s chosen language.
 *
 * @param activity - the activity
 * @param links - the schedule's id and its service, location and service-at-location ids
 * @param text - picks one language of a text
 * @returns the schedule row
 * @example
 * activitySchedule({ id: 'cafe', name: { fi: 'Perhekahvila' }, offering: 'open-activity', weekday: 2, start: '09:00', end: '11:00' }, links, (t) => t.fi ?? '');
 * // { …links, freq: 'WEEKLY', wkst: 'MO', byday: 'TU', description: 'Perhekahvila', opens_at: '09:00', closes_at: '11:00' }
 */
export function activitySchedule(
  activity: WeeklyActivity,
  links: HsdsScheduleLinks,
  text: (value: NonNullable<WeeklyActivity['note']>) => string,
): HsdsSchedule {
  const weeks = activity.weeks ?? 'every';
  return {
    ...links,
    ...(activity.validFrom === undefined ? {} : { valid_from: activity.validFrom }),
    ...(activity.validTo === undefined ? {} : { valid_to: activity.validTo }),
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: HSDS_WEEKDAYS[activity.weekday - 1] as string,
    ...(weeks === 'every' ? {} : { byweekno: HSDS_WEEK_NUMBERS[weeks] }),
    description: text(activity.name),
    opens_at: activity.start,
    closes_at: activity.end,
    ...(activity.note === undefined ? {} : { notes: text(activity.note) }),
  };
}

/**
 * A day of other hours as an HSDS schedule: one occurrence (`dtstart` the day, `freq: WEEKLY`,
 * `count: 1`, `byday` its weekday) valid from and to that day. An open day has `opens_at` and
 * `closes_at`; a closed day has neither, which is how HSDS 3.0 (which has no "closed" flag) can say
 * that nothing is open. The note is the `description`.
 *
 * @param exception - the exception
 * @param links - the schedule's id and its service, location and service-at-location ids
 * @param text - picks one language of a text
 * @returns the schedule row
 * @example
 * exceptionSchedule({ date: '2026-12-24', closed: true }, links, (t) => t.fi ?? '');
 * // { …links, valid_from: '2026-12-24', valid_to: '2026-12-24', dtstart: '2026-12-24', count: 1, freq: 'WEEKLY', wkst: 'MO', byday: 'TH' }
 */
export function exceptionSchedule(
  exception: HoursException,
  links: HsdsScheduleLinks,
  text: (value: NonNullable<HoursException['note']>) => string,
): HsdsSchedule {
  return {
    ...links,
    valid_from: exception.date,
    valid_to: exception.date,
    dtstart: exception.date,
    count: 1,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: HSDS_WEEKDAYS[isoWeekday(exception.date) - 1] as string,
    ...(exception.note === undefined ? {} : { description: text(exception.note) }),
    ...(exception.closed || exception.start === undefined || exception.end === undefined
      ? {}
      : { opens_at: exception.start, closes_at: exception.end }),
  };
}
