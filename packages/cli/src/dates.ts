import { helsinkiToday, SCHEDULE_YEARS } from '@perhekeskus/core';
import { UsageError } from './errors.js';
import type { Messages } from './messages.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real `YYYY-MM-DD` day (not 2026-02-30). */
function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Reads a date option, or gives today's Helsinki date when the option is absent.
 *
 * @param value - the option's value, if given
 * @param option - its name for messages (`--from`)
 * @param now - the current instant
 * @param m - the messages of the chosen language
 * @param command - the command whose help an error points to
 * @returns the date, `YYYY-MM-DD`
 * @throws UsageError when the value is not a real `YYYY-MM-DD` day
 * @example
 * dateOption(undefined, '--from', new Date('2026-03-09T22:30:00Z'), messages.en, 'ics'); // '2026-03-10'
 */
export function dateOption(value: string | undefined, option: string, now: Date, m: Messages, command: string): string {
  if (value === undefined) return helsinkiToday(now);
  if (!isRealDate(value)) throw new UsageError(m.invalidDate(option, value), command);
  return value;
}

/**
 * The last day of a period of whole months starting on `from`: the day before the same day
 * `months` months later, or the end of that month when it has no such day.
 *
 * @param from - first day, `YYYY-MM-DD`
 * @param months - length of the period in months (1 or more)
 * @returns the last day, `YYYY-MM-DD`
 * @example
 * periodEnd('2026-01-01', 12); // '2026-12-31'
 * periodEnd('2026-03-15', 1); // '2026-04-14'
 * periodEnd('2026-01-31', 1); // '2026-02-28' (there is no 31 February)
 */
export function periodEnd(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const lastDay = new Date(Date.UTC(y, monthIndex + 1, 0)).getUTCDate();
  // Day 0 of a month is the last day of the month before.
  const end = new Date(Date.UTC(y, monthIndex, d > lastDay ? lastDay : d - 1));
  return end.toISOString().slice(0, 10);
}

/**
 * Checks a schedule period from the command line before core sees it: `to` not before `from`, and
 * both within the years a schedule may cover (`SCHEDULE_YEARS`, 1922–2200).
 *
 * @param from - first day, `YYYY-MM-DD`
 * @param to - last day, `YYYY-MM-DD`
 * @param m - the messages of the chosen language
 * @param command - the command whose help an error points to
 * @throws UsageError naming the option that is wrong
 * @example
 * checkSchedulePeriod('2026-12-31', '2026-01-01', messages.en, 'ics'); // throws '--to (2026-01-01) cannot be before --from (2026-12-31).'
 */
export function checkSchedulePeriod(from: string, to: string, m: Messages, command: string): void {
  for (const [option, date] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    const year = Number(date.slice(0, 4));
    if (year < SCHEDULE_YEARS.from || year > SCHEDULE_YEARS.to) {
      throw new UsageError(m.yearRange(option, date, SCHEDULE_YEARS.from, SCHEDULE_YEARS.to), command);
    }
  }
  if (to < from) throw new UsageError(m.dateOrder(from, to), command);
}
