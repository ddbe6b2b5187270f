import type { LocalizedText } from '../../model/common.js';
import type { HoursException, WeeklyActivity } from '../../model/meeting-place.js';
import { at, type PtvContext, preview, report } from './ptvContext.js';
import { isoDateRange } from './ptvDate.js';
import { ptvHoursNote, ptvOpening } from './ptvOpening.js';
import { formatPtvMinutes } from './ptvTime.js';
import { ptvValidity } from './ptvValidity.js';
import { weekdayRange } from './ptvWeekday.js';

/** The name of an activity made from a channel's opening hours: PTV hours say when the place is open. */
export const OPEN_ACTIVITY_NAME: LocalizedText = { fi: 'Avoinna', sv: 'Öppet', en: 'Open' };

/** Reads v12 `weekRepetition` into our `weeks`; `null` when it is not one PTV uses (reported). */
function weeks(ctx: PtvContext, value: unknown, path: string): WeeklyActivity['weeks'] | null {
  if (value === undefined || value === null || value === '') return undefined;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (text === 'every') return undefined;
  if (text === 'odd' || text === 'even') return text;
  report(
    ctx,
    path,
    'invalid-value',
    `Service hour left out: week repetition ${preview(value)} is not Every, Odd or Even`,
    false,
    value,
  );
  return null;
}

/**
 * Closed days from a weekly entry marked `isClosed` with a start and an end (a summer break): one closed
 * exception a day. Without both dates a closed weekly entry only says the place is shut on those days,
 * which having no activity then already says.
 */
function closedPeriod(ctx: PtvContext, entry: Record<string, unknown>, path: string): HoursException[] {
  const validity = ptvValidity(ctx, entry, path);
  if (!validity?.validFrom || !validity.validTo) return [];
  const days = isoDateRange(validity.validFrom, validity.validTo);
  if (!days) {
    report(
      ctx,
      path,
      'exception-too-long',
      `A closed period ${validity.validFrom}–${validity.validTo} is over a year; not expanded into days`,
      false,
      `${validity.validFrom}–${validity.validTo}`,
    );
    return [];
  }
  const note = ptvHoursNote(ctx, entry, path);
  return days.map((date) => ({ date, closed: true, ...(note ? { note } : {}) }));
}

/**
 * Maps a `DaysOfTheWeek` or `OverMidnight` service hour to weekly activities named "Open" (offering
 * `open-activity`): one per weekday of each opening, `dayFrom`–`dayTo` ranges expanded (wrapping over
 * Sunday), valid `validFrom`–`validTo`, odd/even weeks from v12 `weekRepetition`, the entry's note.
 * Hours that run past midnight (an `OverMidnight` span to a later day, or `to` not after `from`) cannot
 * be held by an activity, which ends on the day it starts: they are reported `over-midnight`. `isAlwaysOpen`
 * (24/7) is reported `always-open`. A closed entry with both dates gives closed exceptions.
 *
 * @param ctx - the channel being read
 * @param entry - the parsed service hour
 * @param index - its index in `serviceHours`
 * @returns the activities and exceptions it gives
 * @example
 * ptvWeeklyHours(ctx, { serviceHourType: 'DaysOfTheWeek', openingHour: [
 *   { dayFrom: 'Monday', dayTo: 'Tuesday', from: '09:00:00', to: '12:00:00' }] }, 0);
 * // { activities: [{ id: 'hours-0-0-1', weekday: 1, start: '09:00', end: '12:00', … },
 * //   { id: 'hours-0-0-2', weekday: 2, … }], exceptions: [] }
 */
export function ptvWeeklyHours(
  ctx: PtvContext,
  entry: Record<string, unknown>,
  index: number,
): { activities: WeeklyActivity[]; exceptions: HoursException[] } {
  const path = at('serviceHours', index);
  if (entry['isAlwaysOpen'] === true) {
    report(
      ctx,
      path,
      'always-open',
      'Open around the clock (isAlwaysOpen): a weekly activity ends on the day it starts, so this is not carried over',
    );
    return { activities: [], exceptions: [] };
  }
  if (entry['isClosed'] === true) return { activities: [], exceptions: closedPeriod(ctx, entry, path) };
  const validity = ptvValidity(ctx, entry, path);
  const repetition = weeks(ctx, entry['weekRepetition'], at(path, 'weekRepetition'));
  if (!validity || repetition === null) return { activities: [], exceptions: [] };
  const note = ptvHoursNote(ctx, entry, path);
  const overMidnightType = entry['serviceHourType'] === 'OverMidnight';
  const openings = Array.isArray(entry['openingHour']) ? entry['openingHour'] : [];
  const activities: WeeklyActivity[] = [];
  openings.forEach((raw, j) => {
    const opening = ptvOpening(ctx, raw, at(at(path, 'openingHour'), j));
    if (!opening) return;
    if (opening.dayFrom === undefined) {
      report(ctx, at(opening.path, 'dayFrom'), 'invalid-value', 'Opening left out: it has no weekday');
      return;
    }
    const spansDays = overMidnightType && opening.dayTo !== undefined && opening.dayTo !== opening.dayFrom;
    if (spansDays || opening.to.minutes <= opening.from.minutes || opening.to.minutes === 24 * 60) {
      report(
        ctx,
        opening.path,
        'over-midnight',
        `Hours ${preview(raw)} run past midnight; a weekly activity must end on the day it starts, so they are not carried over`,
      );
      return;
    }
    const days =
      overMidnightType || opening.dayTo === undefined
        ? [opening.dayFrom]
        : weekdayRange(opening.dayFrom, opening.dayTo);
    for (const weekday of days) {
      activities.push({
        id: `hours-${index}-${j}-${weekday}`,
        name: OPEN_ACTIVITY_NAME,
        offering: 'open-activity',
        weekday,
        start: formatPtvMinutes(opening.from.minutes),
        end: formatPtvMinutes(opening.to.minutes),
        ...(repetition ? { weeks: repetition } : {}),
        ...validity,
        ...(note ? { note } : {}),
      });
    }
  });
  return { activities, exceptions: [] };
}
