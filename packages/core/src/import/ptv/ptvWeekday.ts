import type { Weekday } from '../../model/common.js';

const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Our ISO weekday (1 = Monday) for a PTV weekday name (`Monday` … `Sunday`, any letter case).
 *
 * @param name - the PTV day name
 * @returns 1–7, or `undefined` for anything else
 * @example
 * ptvWeekday('Wednesday'); // 3
 */
export function ptvWeekday(name: string): Weekday | undefined {
  const index = WEEKDAYS.indexOf(name.trim().toLowerCase());
  return index < 0 ? undefined : index + 1;
}

/**
 * The weekdays from `from` to `to` inclusive, wrapping over the week's end (`Saturday`–`Monday` is
 * Saturday, Sunday, Monday).
 *
 * @param from - ISO weekday the range starts on
 * @param to - ISO weekday it ends on
 * @returns the ISO weekdays in order
 * @example
 * weekdayRange(1, 5); // [1, 2, 3, 4, 5]
 * weekdayRange(6, 1); // [6, 7, 1]
 */
export function weekdayRange(from: Weekday, to: Weekday): Weekday[] {
  const days: Weekday[] = [];
  for (let day = from; ; day = (day % 7) + 1) {
    days.push(day);
    if (day === to) return days;
  }
}
