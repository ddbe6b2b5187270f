import * as z from 'zod/mini';
import { IsoDate } from '../model/common.js';
import type { MeetingPlace } from '../model/meeting-place.js';
import type { Municipality } from '../model/place.js';
import { Region } from '../model/region.js';
import { parseInput } from '../validation/parseInput.js';

/** Options of {@link municipalitiesWithoutMeetingPlace}. */
export const MeetingPlaceCoverageOptions = z.strictObject({
  /** Whether rows marked `example: true` count as meeting places; default true. */
  countExamples: z.optional(z.boolean()),
});
export type MeetingPlaceCoverageOptions = z.infer<typeof MeetingPlaceCoverageOptions>;

/** Whether the place operates on `date`: no `operating` means always; both ends are included. */
function operatesOn(place: MeetingPlace, date: string): boolean {
  const operating = place.operating;
  if (!operating) return true;
  return operating.start <= date && (operating.end === undefined || date <= operating.end);
}

/**
 * The municipalities of a region that have no open meeting place (avoin kohtaamispaikka) operating on
 * a day, against the rule "at least one in every municipality" (001 §11, 000).
 *
 * A place operates on `date` when it has no `operating` period, or when `date` lies in it (both ends
 * included, no `end` meaning still open). Places in municipalities outside the region are ignored.
 * With `countExamples: false`, invented example rows (`example: true`) do not count, so a coordinator
 * sees which municipalities are covered by example data only.
 *
 * @param region - the region; validated whole as {@link Region}
 * @param date - the day asked about, `YYYY-MM-DD`
 * @param options - `countExamples` (default true)
 * @returns the municipalities without a meeting place that day, in the region's order
 * @throws {ValidationError} when an input is invalid; the message names the field
 * @example
 * // Juva (178) has a place that opens on 2026-01-01; Puumala (623) has none.
 * municipalitiesWithoutMeetingPlace(region, '2025-12-31').map((m) => m.code); // ['178', '623']
 * municipalitiesWithoutMeetingPlace(region, '2026-01-01').map((m) => m.code); // ['623']
 */
export function municipalitiesWithoutMeetingPlace(
  region: Region,
  date: string,
  options: MeetingPlaceCoverageOptions = {},
): Municipality[] {
  const parsed = parseInput(Region, region, 'region');
  const day = parseInput(IsoDate, date, 'date');
  const { countExamples = true } = parseInput(MeetingPlaceCoverageOptions, options, 'options');
  const covered = new Set(
    parsed.meetingPlaces
      .filter((place) => (countExamples || place.example !== true) && operatesOn(place, day))
      .map((place) => place.municipalityCode),
  );
  return parsed.municipalities.filter((municipality) => !covered.has(municipality.code));
}
