import {
  type ParsedPlaceFilter,
  type PlaceFilterParams,
  parsePlaceFilter as parseWithoutSchema,
} from './trusted/parsePlaceFilter.js';

export type { FilterParamIssue, ParsedPlaceFilter, PlaceFilterParams } from './trusted/parsePlaceFilter.js';

/**
 * Turns widget attributes or URL query parameters into a valid {@link PlaceFilter}. Never throws:
 * a bad value is dropped and reported, the rest of the filter still applies. Parameters (see
 * `placeFilterParamNames`): `municipality`, `audience`, `offering`, `lang`, `access` take
 * comma-separated lists (repeated parameters are joined; case is ignored; duplicates dropped);
 * `q` is free text (trimmed); `weekday` is 1–7 (1 = Monday); `open=today` sets `openToday`;
 * `examples` takes `1`/`true`/`yes` or `0`/`false`/`no`. Empty values and unknown parameters are
 * ignored, because a page URL carries parameters of its own.
 *
 * @param params - attributes as a record, or a `URLSearchParams`
 * @returns the filter and the issues for dropped values
 * @example
 * parsePlaceFilter(new URLSearchParams('municipality=681,17&audience=families&open=today'));
 * // { filter: { municipalities: ['681'], audiences: ['families'], openToday: true },
 * //   issues: [{ param: 'municipality', value: '17', code: 'invalid-format', expected: 'municipality-code' }] }
 */
export function parsePlaceFilter(params: PlaceFilterParams): ParsedPlaceFilter {
  // The values are checked against the model's value lists and format patterns without zod, so the
  // finder reads its attributes without loading a validator (`@perhekeskus/core/trusted` has this too).
  return parseWithoutSchema(params);
}
