import type { IsoDate } from '../../model/common.js';
import type { MeetingPlace } from '../../model/meeting-place.js';
import { dayInfo } from '../../schedule/dayInfo.js';
import { dayOpenings } from '../../schedule/dayOpenings.js';
import { createPlaceIndex, isPlaceIndex, type PlaceIndex, type PlaceIndexEntry } from './createPlaceIndex.js';
import { normalizeSearchText as foldText } from './normalizeSearchText.js';
import type { PlaceFilter } from './placeFilter.js';

/** The options of {@link filterPlaces}. */
export interface FilterOptions {
  /** The Helsinki date for `openToday` and `weekday` (see `helsinkiToday`). */
  today: IsoDate;
}

function anyOf<T>(wanted: readonly T[] | undefined, has: (value: T) => boolean): boolean {
  return wanted === undefined || wanted.length === 0 || wanted.some(has);
}

/**
 * The places that match `filter`, in input order, for a filter and options already known to be
 * valid (the main entry's `filterPlaces` checks them and then calls this; its documentation gives
 * each dimension's rule). Every given dimension must match (AND); within a list one value is enough
 * (ANY); example rows are left out unless `includeExamples` is `true`.
 *
 * @param indexOrPlaces - an index from `createPlaceIndex`, or the places themselves
 * @param filter - what to look for (not checked)
 * @param options - `today`: the Helsinki date for `openToday` and `weekday` (not checked)
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
  const f = filter;
  const { today } = options;
  const terms = f.text === undefined ? [] : foldText(f.text).split(' ').filter(Boolean);
  const entries: readonly PlaceIndexEntry[] = isPlaceIndex(indexOrPlaces)
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
