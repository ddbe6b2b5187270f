import type { LocalizedText, LocalTime } from '../model/common.js';
import type { HoursException, MeetingPlace, WeeklyActivity } from '../model/meeting-place.js';
import type { DayInfo } from './dayInfo.js';

/** One opening of one activity on one day, in Helsinki wall-clock time. */
export interface DayOpening {
  readonly activity: WeeklyActivity;
  readonly start: LocalTime;
  readonly end: LocalTime;
  /** True when an exception set these hours. */
  readonly changed: boolean;
  readonly note?: LocalizedText;
}

/** Whether `activity` runs on `day` by its weekly rule alone: weekday, odd/even ISO week, validity. */
export function runsByRule(activity: WeeklyActivity, day: DayInfo): boolean {
  return (
    activity.weekday === day.weekday &&
    (activity.weeks === undefined || activity.weeks === 'every' || activity.weeks === day.weekParity) &&
    (activity.validFrom === undefined || activity.validFrom <= day.date) &&
    (activity.validTo === undefined || day.date <= activity.validTo)
  );
}

/** Whether the place operates on `date` (its `operating` range, when given, includes the day). */
export function operatesOn(place: MeetingPlace, date: string): boolean {
  const range = place.operating;
  return range === undefined || (range.start <= date && (range.end === undefined || date <= range.end));
}

/**
 * The openings of a place on one day, in activity order. Rules, in this order:
 * - outside `operating` → nothing;
 * - a closed exception without `activityId` closes every activity that day; one with `activityId`
 *   closes that activity;
 * - an open exception with `activityId` sets that activity's hours, and also opens it on a day it
 *   would not otherwise run (a moved session);
 * - an open exception without `activityId` changes the hours of every activity that runs that day
 *   but never adds one (it cannot say which activity it would be);
 * - public holidays close nothing by themselves: only an exception does.
 */
export function dayOpenings(place: MeetingPlace, day: DayInfo): DayOpening[] {
  if (!operatesOn(place, day.date)) return [];
  // Most days have no exception: skip the per-activity lookups then (this runs for 10,000 places).
  const todays: HoursException[] = [];
  for (const exception of place.exceptions ?? []) {
    if (exception.date === day.date) todays.push(exception);
  }
  const openings: DayOpening[] = [];
  if (todays.length === 0) {
    for (const activity of place.activities) {
      if (runsByRule(activity, day)) openings.push(regular(activity));
    }
    return openings;
  }
  if (todays.some((e) => e.closed && e.activityId === undefined)) return [];
  const allHours = todays.find((e) => !e.closed && e.activityId === undefined);
  for (const activity of place.activities) {
    const own = todays.filter((e) => e.activityId === activity.id);
    if (own.some((e) => e.closed)) continue;
    const ownHours = own[0];
    if (ownHours === undefined && !runsByRule(activity, day)) continue;
    const hours = ownHours ?? allHours;
    if (hours?.start !== undefined && hours.end !== undefined) {
      const note = hours.note ?? activity.note;
      openings.push({ activity, start: hours.start, end: hours.end, changed: true, ...(note ? { note } : {}) });
    } else {
      openings.push(regular(activity));
    }
  }
  return openings;
}

function regular(activity: WeeklyActivity): DayOpening {
  return {
    activity,
    start: activity.start,
    end: activity.end,
    changed: false,
    ...(activity.note ? { note: activity.note } : {}),
  };
}
