import * as z from 'zod/mini';
import { IsoDate } from '../model/common.js';
import type { MeetingPlace } from '../model/meeting-place.js';
import { parseInput } from '../validation/parseInput.js';
import { createPlaceIndex, type PlaceIndex } from './createPlaceIndex.js';
import { PlaceFilter } from './placeFilter.js';
import { isPlaceIndex } from './trusted/createPlaceIndex.js';
import { filterPlaces as trustedFilterPlaces } from './trusted/filterPlaces.js';

const FilterOptions = z.strictObject({ today: IsoDate });
export type FilterOptions = z.infer<typeof FilterOptions>;

/**
 * The places that match `filter`, in input order. Every given dimension must match (AND); within a
 * list dimension one value is enough (ANY):
 * - `municipalities`: the place's `municipalityCode` is one of them;
 * - `text`: every whitespace-separated term occurs in the place's folded searchable text (see
 *   {@link createPlaceIndex}), ignoring case and diacritics (`mantyharju` finds Mäntyharju);
 * - `audiences`: the place or one of its activities is for one of them; a place for `everyone`
 *   matches any audience;
 * - `offerings`: the place or one of its activities offers one of them;
 * - `languages`, `accessibility`: the place lists one of them;
 * - `weekday`: an activity runs on that weekday (odd/even weeks count) and its `validTo` and the
 *   place's `operating.end` are not before `today`;
 * - `openToday`: the place has an opening on `today` (weekday, odd/even ISO week, validFrom/validTo,
 *   operating range and exceptions; public holidays close nothing unless an exception says so);
 * - example rows (`example: true`) are left out unless `includeExamples` is `true`.
 * Pass an index from {@link createPlaceIndex} when filtering repeatedly; a plain array is indexed
 * on each call (slower, and municipality names are not searchable).
 *
 * @param indexOrPlaces - an index, or the places themselves
 * @param filter - what to look for (validated; throws a `ValidationError` when invalid)
 * @param options - `today`: the Helsinki date for `openToday` and `weekday` (see `helsinkiToday`)
 * @returns the matching places, in input order
 * @example
 * filterPlaces(index, { municipalities: ['178'], audiences: ['babies'], openToday: true }, { today: '2026-03-10' });
 * // the places in Juva for babies that are open on Tuesday 10 March 2026
 */
export function filterPlaces(
  indexOrPlaces: PlaceIndex | readonly MeetingPlace[],
  filter: PlaceFilter,
  options: FilterOptions,
): MeetingPlace[] {
  // A plain array is indexed by the checking `createPlaceIndex`, so that a non-list is refused by name.
  return trustedFilterPlaces(
    isPlaceIndex(indexOrPlaces) ? indexOrPlaces : createPlaceIndex(indexOrPlaces),
    parseInput(PlaceFilter, filter, 'filter'),
    parseInput(FilterOptions, options, 'options'),
  );
}
