import type { IsoDate } from '../model/common.js';
import { helsinkiIsoDate } from './helsinki.js';
import { dateMs } from './timeInputError.js';

/**
 * The calendar date in Helsinki at an instant: what "today" means for a family in Finland,
 * whatever the zone of the machine or browser.
 *
 * @param now - the instant (default: the current time)
 * @returns the Helsinki date, `YYYY-MM-DD`
 * @throws {TimeInputError} naming `now` when it is not a valid `Date`
 * @example
 * helsinkiToday(new Date('2026-03-09T22:30:00Z')); // '2026-03-10' (00:30 in Helsinki)
 */
export function helsinkiToday(now: Date = new Date()): IsoDate {
  return helsinkiIsoDate(dateMs(now, 'now'));
}
