/**
 * The years the library computes with: the schedule, Helsinki time and every export. Before May 1921
 * Helsinki kept local mean time (UTC+01:39:49), which an ISO offset of whole minutes cannot express;
 * after 2200 no holiday rule is known. Every date, instant and year the model accepts is in them
 * (issue 14), so `validate`, the widgets and the exports agree.
 */
export const SUPPORTED_YEARS = { from: 1922, to: 2200 } as const;

/** The supported years as an issue's `expected` and the sentences quote them: `1922–2200`. */
export const SUPPORTED_YEARS_TEXT = `${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`;

/**
 * The options of a check that a value is in {@link SUPPORTED_YEARS}: code `year-outside-range`,
 * whose sentence names the range (`expected`).
 */
export const SUPPORTED_YEARS_RULE = {
  message: `Expected a year in ${SUPPORTED_YEARS_TEXT}`,
  params: { rule: 'year-outside-range', expected: SUPPORTED_YEARS_TEXT },
} as const;

/**
 * Whether a year is one the library computes with.
 *
 * @param year - a year number
 * @returns true for a whole number in 1922–2200
 * @example
 * isSupportedYear(2026); // true
 * isSupportedYear(10000); // false
 */
export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= SUPPORTED_YEARS.from && year <= SUPPORTED_YEARS.to;
}
