import type { HoursException, WeeklyActivity } from '../../model/meeting-place.js';
import { knownFields, type PtvContext, parseEach, preview, report, reportUnmapped } from './ptvContext.js';
import { ptvExceptionalHours } from './ptvExceptionalHours.js';
import { ptvHolidayHours } from './ptvHolidayHours.js';
import { ptvWeeklyHours } from './ptvWeeklyHours.js';
import { appendAll } from '../appendAll.js';

/** The service-hour fields the importer reads (`validForNow` is derived from the validity, so redundant). */
const READ = [
  'serviceHourType',
  'holiday',
  'weekRepetition',
  'validFrom',
  'validTo',
  'isClosed',
  'validForNow',
  'isAlwaysOpen',
  'isReservation',
  'additionalInformation',
  'openingHour',
];

/**
 * Maps a channel's `serviceHours` to weekly activities and dated exceptions: `DaysOfTheWeek` and
 * `OverMidnight` entries to activities ({@link ptvWeeklyHours}), `Exceptional` entries to exceptions
 * ({@link ptvExceptionalHours}), named holiday hours (v12 `holiday`) to exceptions in the chosen years
 * ({@link ptvHolidayHours}). Other types and malformed entries are reported.
 *
 * @param ctx - the channel being read
 * @param value - the source `serviceHours`
 * @returns the activities and exceptions, in source order
 * @example
 * ptvServiceHours(ctx, [{ serviceHourType: 'DaysOfTheWeek', openingHour: [
 *   { dayFrom: 'Wednesday', from: '09:00:00', to: '12:00:00' }] }]).activities.length; // 1
 */
export function ptvServiceHours(
  ctx: PtvContext,
  value: unknown,
): { activities: WeeklyActivity[]; exceptions: HoursException[] } {
  const activities: WeeklyActivity[] = [];
  const exceptions: HoursException[] = [];
  const schema = ctx.schemas.serviceHour;
  for (const { index, path, value: parsed } of parseEach(ctx, schema, value, 'serviceHours', 'A service hour')) {
    const entry = parsed as Record<string, unknown>;
    reportUnmapped(ctx, entry, knownFields(schema), READ, path);
    const type = entry['serviceHourType'];
    if (entry['holiday'] !== undefined && entry['holiday'] !== null) {
      appendAll(exceptions, ptvHolidayHours(ctx, entry, index));
    } else if (type === 'DaysOfTheWeek' || type === 'OverMidnight') {
      const weekly = ptvWeeklyHours(ctx, entry, index);
      appendAll(activities, weekly.activities);
      appendAll(exceptions, weekly.exceptions);
    } else if (type === 'Exceptional') {
      appendAll(exceptions, ptvExceptionalHours(ctx, entry, index));
    } else {
      report(
        ctx,
        `${path}.serviceHourType`,
        'invalid-value',
        `Service hour left out: type ${preview(type ?? null)} is not DaysOfTheWeek, OverMidnight or Exceptional`,
        false,
        type,
      );
    }
  }
  return { activities, exceptions };
}
