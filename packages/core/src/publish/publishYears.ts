import { helsinkiToday } from '../time/helsinkiToday.js';

/**
 * The years `publishRegion` covers by default: this year and next in Helsinki, so a site published
 * in December still shows the coming spring.
 *
 * @param now - the moment of publishing
 * @returns two consecutive years
 * @example
 * publishYears(new Date('2026-12-31T22:30:00Z')); // [2027, 2028]: already 1 January in Helsinki
 */
export function publishYears(now: Date): number[] {
  const year = Number(helsinkiToday(now).slice(0, 4));
  return [year, year + 1];
}
