import * as z from 'zod/mini';
import { Coordinates, Locale } from '../model/common.js';
import type { MeetingPlace } from '../model/meeting-place.js';
import { Municipality } from '../model/place.js';
import { parseInput } from '../validation/parseInput.js';
import { sortPlaces as trustedSortPlaces } from './trusted/sortPlaces.js';

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
  return trustedSortPlaces(places, parseInput(SortOptions, options, 'options'));
}
