/**
 * The schedule functions of `@perhekeskus/core/trusted`: the same as the main entry's, by the same
 * names and with the same results on valid input, without argument checks and without zod.
 */
export { finnishHolidays, HOLIDAY_YEARS, type Holiday, type HolidayKind } from './finnishHolidays.js';
