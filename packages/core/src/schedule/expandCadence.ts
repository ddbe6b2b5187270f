import { Cadence } from '../model/cadence.js';
import { parseInput } from '../validation/parseInput.js';
import { expandPlaced, toOccurrence } from './expand.js';
import type { Occurrence } from './occurrence.js';
import { SchedulePeriod } from './period.js';
import { parseIsoDay } from '../time/isoFormat.js';

/**
 * Expands a cadence into dated meetings in Helsinki time, deterministically.
 *
 * **Defaults.** Where the cadence is silent: {@link CADENCE_DEFAULTS} (09:00, 120 minutes, Tuesday,
 * the 2nd week of the month, `remote` for an every-n-years task without a mode).
 *
 * **Where each kind puts its meetings** (the *preferred day*):
 * - `monthly`: the weekday of week `weekOfMonth` (1–4, or -1 for the last) of every month not in
 *   `skipMonths`, e.g. the 2nd Tuesday.
 * - `times-per-year`: the span is the year, or the `months` window (a window that wraps belongs to
 *   the year it starts in), without `skipMonths`; with M days left and N meetings, meeting i (0-based)
 *   owns the days [⌊i·M/N⌋, ⌊(i+1)·M/N⌋ − 1] of the span and targets day ⌊(2i+1)·M/(2N)⌋, the middle
 *   of its share (4 a year → mid-February, mid-May, mid-August, mid-November); the preferred day is
 *   the day with the preferred weekday in its share nearest to the target (later on a tie). The
 *   in-person meetings are `inPersonAt`, or else meetings ⌊(2j+1)·N/(2K)⌋ for j = 0…K−1 with K =
 *   `inPerson` (1 of 4 → the 3rd; 2 of 4 → the 2nd and 4th); the others have `mode`. A cadence must
 *   leave at least 7 days per meeting (at most one a week on average), else a ValidationError names
 *   `times`; `inPersonAt` and `inPerson` must agree when both are given.
 * - `windows`: one meeting per window per year, on the preferred weekday nearest to the window's
 *   middle day (later on a tie), with the window's `mode`, `title` and `topics`.
 * - `every-n-years`: in every year `phaseYear + k·every`, one meeting placed like a window meeting in
 *   `window`; `variant` cycles through `variants` by occurrence, the first in the phase year.
 * Occurrences that have a window (`windows`, `every-n-years`, `times-per-year` with `months`) carry it
 * as concrete dates in `window`, and their meeting day lies inside it.
 *
 * **Moving.** A preferred day that is a weekend, a public holiday or a customary day off (see
 * {@link finnishHolidays}) moves to the *nearest* working day, searching 1 day later, 1 day earlier,
 * 2 days later, … and staying inside the month (`monthly`), the meeting's share of the span (else the
 * span) (`times-per-year`) or the window; the occurrence then has `moved: { from, reason }`, the reason
 * being `holiday` before `day-off` before `weekend`. A day already taken by the same cadence (two
 * windows whose middles meet) is passed over the same way but is not reported as moved.
 *
 * **Period.** `from`/`to` are inclusive dates; an occurrence is returned when it starts on or after
 * `from` 00:00 and ends by the end of `to`. Placement never depends on the period (except when two
 * windows of one cadence clash across a new year), so a narrower period gives a subset.
 *
 * @param cadence - how often the meetings recur
 * @param period - `{ from, to }`, `YYYY-MM-DD`, inclusive, within 1922–2200
 * @returns the occurrences, sorted by start, `start`/`end` as `2026-03-10T09:00:00+02:00`
 * @throws ValidationError naming the field (`cadence.times`, `period.to`, …) when an input is invalid
 * @example
 * expandCadence({ kind: 'monthly', mode: 'remote' }, { from: '2026-03-01', to: '2026-03-31' });
 * // [{ start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' }]
 */
export function expandCadence(cadence: Cadence, period: SchedulePeriod): Occurrence[] {
  const c = parseInput(Cadence, cadence, 'cadence');
  const p = parseInput(SchedulePeriod, period, 'period');
  return expandPlaced(c, parseIsoDay(p.from), parseIsoDay(p.to), 'inside').map(toOccurrence);
}
