import { entriesFromPlace, entriesToEvents, type MeetingPlace, shiftDate, toICalendar } from '@perhekeskus/core';
import { CALENDAR_WEEKS, type CalendarOptions, type PlaceCalendar, wellFormed } from './meeting-place-finder.data.js';

/** A UID domain `entriesToEvents` takes: the region's id, else the library's name. */
const DOMAIN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/**
 * A place's openings for the coming weeks as an `.ics` file, through core's one path for a place
 * (`entriesFromPlace`, `entriesToEvents`, `toICalendar`) — the calendar widget's too, so a family
 * adding a place from both gets each opening once. Loaded when a row's details first open.
 *
 * @param place - the place
 * @param options - `today` (`YYYY-MM-DD`), `locale`, `regionId` (UIDs and the file name), `name` of the calendar
 * @returns the link's `href` (a `data:` URL) and file name, or undefined when nothing opens in the period
 * @example
 * placeCalendar(place, { today: '2026-03-10', locale: 'fi', regionId: 'etela-savo', name: 'Perhekahvila: aukioloajat' });
 * // { href: 'data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR…', file: 'etela-savo-perhekahvila.ics' }
 */
export function placeCalendar(place: MeetingPlace, options: CalendarOptions): PlaceCalendar | undefined {
  const domain = options.regionId && DOMAIN.test(options.regionId) ? options.regionId : 'perhekeskus';
  const to = shiftDate(options.today, { days: CALENDAR_WEEKS * 7 - 1 });
  const entries = entriesFromPlace(place, { from: options.today, to });
  if (entries.length === 0) return undefined;
  const ics = toICalendar(entriesToEvents(entries, { locale: options.locale, uidDomain: domain }), {
    name: options.name,
  });
  return {
    href: `data:text/calendar;charset=utf-8,${encodeURIComponent(wellFormed(ics))}`,
    file: `${domain}-${place.id}.ics`,
  };
}
