import type { LocalizedText } from '../../model/common.js';
import type { HoursException } from '../../model/meeting-place.js';
import { isoDayOfWeek } from './isoDayOfWeek.js';
import { at, type PtvContext, preview, report } from './ptvContext.js';
import { isoDateRange } from './ptvDate.js';
import { type PtvOpening, ptvHoursNote, ptvOpening } from './ptvOpening.js';
import { formatPtvMinutes } from './ptvTime.js';
import { ptvValidity } from './ptvValidity.js';
import { weekdayRange } from './ptvWeekday.js';

/** Whether an opening applies on an ISO weekday: no `dayFrom` means every day of the period. */
function appliesOn(opening: PtvOpening, weekday: number): boolean {
  if (opening.dayFrom === undefined) return true;
  return weekdayRange(opening.dayFrom, opening.dayTo ?? opening.dayFrom).includes(weekday);
}

/**
 * Dated exceptions for the given days from one PTV entry: closed days when `isClosed`, else the opening
 * that applies on each day's weekday. Our exception has one start and end a day (for the whole place),
 * so a second opening on a day is reported `hours-conflict`; hours past midnight are reported
 * `over-midnight`.
 *
 * @param ctx - the channel being read
 * @param entry - the parsed service hour
 * @param path - its source path
 * @param days - the dates it covers
 * @returns the exceptions, in date order
 * @example
 * ptvDatedExceptions(ctx, { isClosed: true }, 'serviceHours[1]', ['2026-12-24']);
 * // [{ date: '2026-12-24', closed: true }]
 */
export function ptvDatedExceptions(
  ctx: PtvContext,
  entry: Record<string, unknown>,
  path: string,
  days: readonly string[],
): HoursException[] {
  const note: LocalizedText | undefined = ptvHoursNote(ctx, entry, path);
  const withNote = note ? { note } : {};
  if (entry['isClosed'] === true) return days.map((date) => ({ date, closed: true, ...withNote }));
  const openings: PtvOpening[] = [];
  const raw = Array.isArray(entry['openingHour']) ? entry['openingHour'] : [];
  raw.forEach((value, j) => {
    const opening = ptvOpening(ctx, value, at(at(path, 'openingHour'), j));
    if (!opening) return;
    if (opening.to.minutes <= opening.from.minutes || opening.to.minutes === 24 * 60) {
      report(
        ctx,
        opening.path,
        'over-midnight',
        `Hours ${preview(value)} run past midnight; an exception ends on its own day, so they are not carried over`,
      );
      return;
    }
    openings.push(opening);
  });
  if (openings.length === 0) {
    if (raw.length === 0)
      report(ctx, path, 'invalid-value', 'Exceptional hours left out: neither closed nor any opening hours');
    return [];
  }
  const exceptions: HoursException[] = [];
  const conflicting = new Set<string>();
  for (const date of days) {
    const [first, ...others] = openings.filter((opening) => appliesOn(opening, isoDayOfWeek(date)));
    if (!first) continue;
    for (const other of others) conflicting.add(other.path);
    exceptions.push({
      date,
      closed: false,
      start: formatPtvMinutes(first.from.minutes),
      end: formatPtvMinutes(first.to.minutes),
      ...withNote,
    });
  }
  for (const otherPath of conflicting) {
    report(
      ctx,
      otherPath,
      'hours-conflict',
      'A second opening on the same day: our exception holds one opening a day, so this one is not carried over',
    );
  }
  return exceptions;
}

/**
 * Maps an `Exceptional` service hour — a date or a span of dates (`validFrom`–`validTo`), closed or open
 * at other hours — to dated exceptions of the whole place. A span over a year is reported
 * (`exception-too-long`) rather than expanded; `isAlwaysOpen` is reported (`always-open`).
 *
 * @param ctx - the channel being read
 * @param entry - the parsed service hour
 * @param index - its index in `serviceHours`
 * @returns the exceptions
 * @example
 * ptvExceptionalHours(ctx, { serviceHourType: 'Exceptional', validFrom: '2026-12-24T00:00:00',
 *   validTo: '2026-12-26T00:00:00', isClosed: true }, 1);
 * // three closed exceptions: 2026-12-24, 2026-12-25, 2026-12-26
 */
export function ptvExceptionalHours(ctx: PtvContext, entry: Record<string, unknown>, index: number): HoursException[] {
  const path = at('serviceHours', index);
  const validity = ptvValidity(ctx, entry, path);
  if (!validity) return [];
  if (!validity.validFrom) {
    report(ctx, at(path, 'validFrom'), 'invalid-value', 'Exceptional hours left out: they have no date');
    return [];
  }
  if (entry['isAlwaysOpen'] === true) {
    report(
      ctx,
      path,
      'always-open',
      'Open around the clock on exceptional days: an exception ends on its own day, so this is not carried over',
    );
    return [];
  }
  const days = isoDateRange(validity.validFrom, validity.validTo ?? validity.validFrom);
  if (!days) {
    report(
      ctx,
      path,
      'exception-too-long',
      `Exceptional hours ${validity.validFrom}–${validity.validTo} span over a year; not expanded into days`,
      false,
      `${validity.validFrom}–${validity.validTo}`,
    );
    return [];
  }
  return ptvDatedExceptions(ctx, entry, path, days);
}
