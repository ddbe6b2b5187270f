import * as z from 'zod/mini';
import type { LocalizedText } from '../model/common.js';
import { MeetingPlace } from '../model/meeting-place.js';
import { parseInput } from '../validation/parseInput.js';
import { formatIsoDay, parseIsoDay } from '../time/isoFormat.js';
import { upcomingOpenings } from '../schedule/upcomingOpenings.js';
import type { CalendarEntry } from './calendarEntry.js';
import { dateStamp, numberedIds } from './dateStamp.js';
import { DayRange } from './entriesInRange.js';
import { modelRule } from '../validation/modelRule.js';

/** The longest range a place is expanded over: three years of days. */
const MAX_DAYS = 1096;

const PlaceRange = DayRange.check(
  z.refine((r) => parseIsoDay(r.to) - parseIsoDay(r.from) < MAX_DAYS, {
    ...modelRule('range-too-long', `The range can be at most ${MAX_DAYS} days`, ['to']),
    params: { rule: 'range-too-long', expected: String(MAX_DAYS) },
  }),
);

/** `Perhekahvila, Kauppatie 1, 51900 Juva`, in the languages the place's name or post office has. */
function placeLocation(place: MeetingPlace): LocalizedText {
  const { name, address } = place;
  const line = (locale: 'fi' | 'sv' | 'en') =>
    [
      name[locale] ?? name.fi,
      ...(address
        ? [address.street, `${address.postalCode} ${address.postOffice[locale] ?? address.postOffice.fi}`]
        : []),
    ].join(', ');
  const location: LocalizedText = { fi: line('fi') };
  for (const locale of ['sv', 'en'] as const) {
    if (name[locale] !== undefined || address?.postOffice[locale] !== undefined) location[locale] = line(locale);
  }
  return location;
}

/**
 * Calendar entries for the activities of a meeting place (avoin kohtaamispaikka, open meeting
 * place) over a range of days: its weekly activities expanded with `upcomingOpenings`, so weekdays,
 * odd/even weeks, validity, the place's operating range and its exceptions (closed days, changed
 * hours) apply exactly as in the finder. Each entry is in person at the place (name and address as
 * `location`), `kind: 'activity'`, with the opening's note as description and the place's web page
 * and `example` flag. Ids are `<place>-<activity>-<YYYYMMDD>`, stable across loads.
 *
 * @param place - the meeting place
 * @param range - `{ from, to }`, `YYYY-MM-DD`, inclusive, at most 1096 days
 * @returns the entries, sorted by start time
 * @throws ValidationError naming `place` or `range` when invalid
 * @example
 * entriesFromPlace(place, { from: '2026-03-09', to: '2026-03-15' })[0];
 * // for a Tuesday 09:30–11:00 family café: { id: 'juva-perhekahvila-cafe-20260310', title: { fi: 'Perhekahvila' },
 * //   start: '2026-03-10T09:30:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'in-person', placeId: 'juva-perhekahvila', … }
 */
export function entriesFromPlace(place: MeetingPlace, range: DayRange): CalendarEntry[] {
  const p = parseInput(MeetingPlace, place, 'place');
  const r = parseInput(PlaceRange, range, 'range');
  const first = parseIsoDay(r.from);
  const count = parseIsoDay(r.to) - first + 1;
  const openings = [];
  for (let offset = 0; offset < count; offset += 366) {
    openings.push(...upcomingOpenings(p, { from: formatIsoDay(first + offset), days: Math.min(366, count - offset) }));
  }
  const location = placeLocation(p);
  const ids = numberedIds(openings.map((o) => `${p.id}-${o.activityId}-${dateStamp(o.date)}`));
  return openings.map((o, i) => {
    const entry: CalendarEntry = {
      id: ids[i]!,
      title: o.name,
      start: o.start,
      end: o.end,
      mode: 'in-person',
      location,
      placeId: p.id,
      kind: 'activity',
    };
    if (o.note) entry.description = o.note;
    if (p.example) entry.example = true;
    // `MeetingPlace.web` is a `WebUrl`, as an entry's `url` is: http(s) only.
    if (p.web) entry.url = p.web;
    return entry;
  });
}
