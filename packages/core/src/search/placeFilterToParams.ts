import { parseInput } from '../validation/parseInput.js';
import { PlaceFilter } from './placeFilter.js';
import { placeFilterToParams as trustedPlaceFilterToParams } from './trusted/placeFilterToParams.js';

/**
 * Writes a {@link PlaceFilter} as query parameters for a shareable URL, the reverse of
 * {@link parsePlaceFilter}. Keys come in a fixed order; lists are comma-separated; empty lists,
 * empty text, `openToday: false` and `includeExamples: false` are left out (they filter nothing or
 * equal the default), so `parsePlaceFilter(placeFilterToParams(f)).filter` equals `f` for any filter
 * without such no-op values.
 *
 * @param filter - a filter (validated; throws a `ValidationError` when invalid)
 * @returns parameters for `new URLSearchParams(...)`
 * @example
 * placeFilterToParams({ municipalities: ['681', '178'], openToday: true, text: 'vauva' });
 * // { municipality: '681,178', q: 'vauva', open: 'today' }
 */
export function placeFilterToParams(filter: PlaceFilter): Record<string, string> {
  return trustedPlaceFilterToParams(parseInput(PlaceFilter, filter, 'filter'));
}
