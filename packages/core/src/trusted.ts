/**
 * `@perhekeskus/core/trusted`: the computations a view needs, for data that has already been
 * validated — a published folder checked when it was built, or a file the caller has passed through
 * `checkPlaces` / `checkCalendarEntries`. The same functions as the main entry, by the same names and
 * with the same results on valid input, but without argument checks and without zod, so a page that
 * only shows trusted data does not download a validator. Give them unchecked input and the result is
 * unspecified; use the main entry's functions at a boundary.
 */

export * from './calendar/trusted/index.js';
export * from './rules/trusted/index.js';
export * from './search/trusted/index.js';
export * from './schedule/trusted/index.js';
