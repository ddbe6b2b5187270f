import type { IsoDate } from '../model/common.js';
import type { Municipality } from '../model/place.js';
import { Region } from '../model/region.js';
import { parseInput } from '../validation/parseInput.js';
import {
  type MeetingPlaceCoverageOptions,
  municipalitiesWithoutMeetingPlace,
} from './municipalitiesWithoutMeetingPlace.js';

/** What {@link meetingPlaceCoverage} returns: the region's municipalities split in two, with counts. */
export interface MeetingPlaceCoverage {
  date: IsoDate;
  /** How many municipalities the region has. */
  total: number;
  /** The municipalities with at least one meeting place operating on the date, in the region's order. */
  with: { count: number; municipalities: Municipality[] };
  /** The municipalities with none, in the region's order. */
  without: { count: number; municipalities: Municipality[] };
}

/**
 * Which municipalities of a region have an open meeting place (avoin kohtaamispaikka) on a day and
 * which have none, against the rule "at least one in every municipality" (000, 001 §11), with counts:
 * the follow-up of 002 (nine municipalities in 2025, ten from the start of 2026). A place counts on
 * the days of its `operating` period (both ends included; no period means always), as in
 * {@link municipalitiesWithoutMeetingPlace}, whose options it takes.
 *
 * @param region - the region; validated whole as {@link Region}
 * @param date - the day asked about, `YYYY-MM-DD`
 * @param options - `countExamples` (default true): whether invented example rows count
 * @returns the date, the number of municipalities and the two lists with their counts
 * @throws {ValidationError} when an input is invalid; the message names the field
 * @example
 * // Juva (178) has a place that opens on 2026-01-01; Puumala (623) has none.
 * meetingPlaceCoverage(region, '2026-01-01');
 * // { date: '2026-01-01', total: 2, with: { count: 1, municipalities: [Juva] },
 * //   without: { count: 1, municipalities: [Puumala] } }
 * meetingPlaceCoverage(region, '2025-12-31').with.count; // 0
 */
export function meetingPlaceCoverage(
  region: Region,
  date: string,
  options: MeetingPlaceCoverageOptions = {},
): MeetingPlaceCoverage {
  // Parsed here too: a region file may list municipalities by code, which the schema turns into rows.
  const parsed = parseInput(Region, region, 'region');
  const without = municipalitiesWithoutMeetingPlace(parsed, date, options);
  const uncovered = new Set(without.map((municipality) => municipality.code));
  const withPlace = parsed.municipalities.filter((municipality) => !uncovered.has(municipality.code));
  return {
    date,
    total: parsed.municipalities.length,
    with: { count: withPlace.length, municipalities: withPlace },
    without: { count: without.length, municipalities: without },
  };
}
