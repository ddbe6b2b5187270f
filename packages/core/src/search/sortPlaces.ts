import * as z from 'zod/mini';
import { Coordinates, Locale } from '../model/common.js';
import { displayText } from '../model/displayText.js';
import type { MeetingPlace } from '../model/meeting-place.js';
import { Municipality } from '../model/place.js';
import { parseInput } from '../validation/parseInput.js';
import { haversineKm } from './distanceKm.js';

const SortOptions = z.strictObject({
  by: z.enum(['name', 'distance']),
  origin: z.optional(Coordinates),
  locale: Locale,
  municipalities: z.optional(z.array(Municipality)),
});
export type SortOptions = z.infer<typeof SortOptions>;

/**
 * Orders places for display; returns a new array and leaves the input alone.
 * - `name`: by the name in `locale` (Finnish when missing), with `Intl.Collator(locale)`, so Finnish
 *   and Swedish put å, ä and ö after z;
 * - `distance`: nearest first from `origin` (a chosen municipality's centre or the browser's
 *   location), using the place's coordinates, else its municipality's centre from `municipalities`;
 *   places with no known position come last. Without `origin`, distance order is name order.
 * Ties keep name order, then input order.
 *
 * @param places - the places (trusted typed data)
 * @param options - `by`, `locale`, and for distance `origin` and `municipalities` (validated)
 * @returns the places in the new order
 * @example
 * sortPlaces(places, { by: 'name', locale: 'fi' }).map((p) => p.name.fi);
 * // ['Vaasa', 'Zeta', 'Åbo', 'Ärrä', 'Öljy'] — Finnish collation
 */
export function sortPlaces(places: readonly MeetingPlace[], options: SortOptions): MeetingPlace[] {
  parseInput(z.array(z.unknown()), places, 'places');
  const { by, origin, locale, municipalities = [] } = parseInput(SortOptions, options, 'options');
  const collator = new Intl.Collator(locale);
  const rows = places.map((place, index) => ({ place, index, name: displayText(place.name, locale).text, km: 0 }));
  if (by === 'distance' && origin) {
    const centres = new Map(municipalities.map((m) => [m.code, m.centre]));
    for (const row of rows) {
      const at = row.place.coordinates ?? centres.get(row.place.municipalityCode);
      row.km = at ? haversineKm(origin, at) : Number.POSITIVE_INFINITY;
    }
  }
  rows.sort(
    (a, b) => (a.km === b.km ? 0 : a.km < b.km ? -1 : 1) || collator.compare(a.name, b.name) || a.index - b.index,
  );
  return rows.map((row) => row.place);
}
