import type { IsoDate } from '../../model/common.js';
import { formatIsoDay, parseIsoDay } from '../../time/isoFormat.js';
import type { CalendarEntry } from '../calendarEntry.js';
import { entryDays } from '../entryDays.js';
import { type DayRangeParts, entriesInRange } from './entriesInRange.js';

/** One day of an agenda: a `YYYY-MM-DD` date and the entries that start on it. */
export interface AgendaDay {
  date: IsoDate;
  entries: CalendarEntry[];
}

/**
 * An agenda of a range of days, each entry once: those that started before the range and still run
 * into it (`ongoing`), then the days on which the other entries start.
 */
export interface AgendaGroups {
  ongoing: CalendarEntry[];
  days: AgendaDay[];
}

/**
 * The entries of a list view of some days, each listed once, for entries and a range already
 * validated, as the main entry's `agendaGroups` describes (which checks its arguments and then calls
 * this): an entry that started before `from` goes to `ongoing`, every other under the Helsinki day it
 * starts; days in date order, entries by start and then id. The entries are the ones given, not copies.
 *
 * @param entries - calendar entries (valid; not checked)
 * @param range - `{ from, to }`, `YYYY-MM-DD`, inclusive (not checked)
 * @returns the entries already running at `from`, and the days with the entries that start on them
 * @example
 * agendaGroups([
 *   { id: 'survey', title: { fi: 'Kysely' }, allDay: true,
 *     start: '2026-09-01T00:00:00+03:00', end: '2026-12-01T00:00:00+02:00' },
 *   { id: 'seminar', title: { fi: 'Seminaari' },
 *     start: '2026-11-10T09:00:00+02:00', end: '2026-11-11T16:00:00+02:00' },
 * ], { from: '2026-11-01', to: '2026-11-30' });
 * // { ongoing: [survey], days: [{ date: '2026-11-10', entries: [seminar] }] }
 */
export function agendaGroups(entries: readonly CalendarEntry[], range: DayRangeParts): AgendaGroups {
  // entriesInRange sorts, so each group comes out sorted.
  const shown = entriesInRange(entries, range);
  const from = parseIsoDay(range.from);
  const ongoing: CalendarEntry[] = [];
  const byDay = new Map<number, CalendarEntry[]>();
  for (const entry of shown) {
    const [first] = entryDays(entry);
    if (first < from) {
      ongoing.push(entry);
      continue;
    }
    const list = byDay.get(first);
    if (list) list.push(entry);
    else byDay.set(first, [entry]);
  }
  const days = [...byDay.keys()]
    .sort((a, b) => a - b)
    .map((day): AgendaDay => ({ date: formatIsoDay(day), entries: byDay.get(day)! }));
  return { ongoing, days };
}
