import * as z from 'zod/mini';
import { parseInput } from '../validation/parseInput.js';
import { CalendarEntry } from './calendarEntry.js';
import { DayRange } from './entriesInRange.js';
import { type AgendaGroups, agendaGroups as trustedAgendaGroups } from './trusted/agendaGroups.js';

export type { AgendaDay, AgendaGroups } from './trusted/agendaGroups.js';

/**
 * The entries of a list view of some days, each listed once: an entry that started before `from` and
 * is still running (an evaluation window of 1 September–30 November seen in November) goes to
 * `ongoing`, as it did not begin on the first day shown; every other entry goes under the Helsinki day
 * it starts, however many days it lasts. Days are in date order and only days on which something
 * starts are listed; entries in each group are sorted by start and then id. An entry ending at
 * midnight does not reach the next day, as in `entriesInRange`.
 *
 * @param entries - calendar entries (validated)
 * @param range - `{ from, to }`, `YYYY-MM-DD`, inclusive
 * @returns the entries already running at `from`, and the days with the entries that start on them
 * @throws ValidationError naming `entries` or `range` when invalid
 * @example
 * agendaGroups([
 *   { id: 'survey', title: { fi: 'Kysely' }, allDay: true,
 *     start: '2026-09-01T00:00:00+03:00', end: '2026-12-01T00:00:00+02:00' },
 *   { id: 'seminar', title: { fi: 'Seminaari' },
 *     start: '2026-11-10T09:00:00+02:00', end: '2026-11-11T16:00:00+02:00' },
 * ], { from: '2026-11-01', to: '2026-11-30' });
 * // { ongoing: [survey], days: [{ date: '2026-11-10', entries: [seminar] }] }
 */
export function agendaGroups(entries: readonly CalendarEntry[], range: DayRange): AgendaGroups {
  return trustedAgendaGroups(
    parseInput(z.array(CalendarEntry), entries, 'entries'),
    parseInput(DayRange, range, 'range'),
  );
}
