import * as z from 'zod/mini';
import { IsoDate } from '../model/common.js';
import type { MeetingPlace } from '../model/meeting-place.js';
import { parseInput } from '../validation/parseInput.js';
import { createPlaceIndex, type PlaceIndex, type PlaceIndexEntry } from './createPlaceIndex.js';
import { dayInfo } from '../schedule/dayInfo.js';
import { dayOpenings } from '../schedule/dayOpenings.js';
import { foldText } from './normalizeSearchText.js';
import { PlaceFilter } from './placeFilter.js';

const FilterOptions = z.strictObject({ today: IsoDate });
export type FilterOptions = z.infer<typeof FilterOptions>;

function isIndex(value: PlaceIndex | readonly MeetingPlace[]): value is PlaceIndex {
  return !Array.isArray(value) && (value as PlaceIndex | undefined)?.kind === 'place-index';
}

function anyOf<T>(wanted: readonly T[] | undefined, has: (value: T) => boolean): boolean {
  return wanted === undefined || wanted.length === 0 || wanted.some(has);
}

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
  const f = parseInput(PlaceFilter, filter, 'filter');
  const { today } = parseInput(FilterOptions, options, 'options');
  const terms = f.text === undefined ? [] : foldText(f.text).split(' ').filter(Boolean);
  const entries: readonly PlaceIndexEntry[] = isIndex(indexOrPlaces)
    ? indexOrPlaces.entries
    : createPlaceIndex(indexOrPlaces).entries;
  const day = f.openToday ? dayInfo(today) : undefined;
  const audiences = f.audiences && f.audiences.length > 0 ? f.audiences : undefined;
  const offerings = f.offerings && f.offerings.length > 0 ? f.offerings : undefined;

  const out: MeetingPlace[] = [];
  for (const entry of entries) {
    const { place } = entry;
    if (place.example === true && f.includeExamples !== true) continue;
    if (!anyOf(f.municipalities, (code) => code === place.municipalityCode)) continue;
    if (!terms.every((term) => entry.text.includes(term))) continue;
    if (audiences && !entry.audiences.has('everyone') && !audiences.some((a) => entry.audiences.has(a))) continue;
    if (offerings && !offerings.some((o) => entry.offerings.has(o))) continue;
    if (!anyOf(f.languages, (lang) => place.languages.includes(lang))) continue;
    if (!anyOf(f.accessibility, (feature) => place.accessibility.includes(feature))) continue;
    if (f.weekday !== undefined) {
      if (place.operating?.end !== undefined && place.operating.end < today) continue;
      const weekday = f.weekday;
      if (!place.activities.some((a) => a.weekday === weekday && (a.validTo === undefined || a.validTo >= today))) {
        continue;
      }
    }
    if (day && dayOpenings(place, day).length === 0) continue;
    out.push(place);
  }
  return out;
}
