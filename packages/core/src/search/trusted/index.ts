/**
 * The search functions of `@perhekeskus/core/trusted`: the same as the main entry's, by the same
 * names and with the same results on valid input, without argument checks and without zod — what
 * the meeting-place finder computes with, for places that were checked when they were published or
 * by `checkPlaces` at the door. `parsePlaceFilter` reads untrusted attribute and URL values by
 * design, so it still checks them (without a schema) and reports what it dropped.
 */
export {
  createPlaceIndex,
  type PlaceIndex,
  type PlaceIndexEntry,
  type PlaceIndexOptions,
} from './createPlaceIndex.js';
export { distanceKm } from './distanceKm.js';
export { type FilterOptions, filterPlaces } from './filterPlaces.js';
export { normalizeSearchText } from './normalizeSearchText.js';
export {
  type FilterParamIssue,
  type ParsedPlaceFilter,
  type PlaceFilterParams,
  parsePlaceFilter,
} from './parsePlaceFilter.js';
export { type PlaceFilter, placeFilterParamNames } from './placeFilter.js';
export { placeFilterToParams } from './placeFilterToParams.js';
export { type SortOptions, sortPlaces } from './sortPlaces.js';
