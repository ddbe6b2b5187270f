/**
 * The browser-free logic behind the meeting-place finder for avoin kohtaamispaikka (open meeting
 * place, 001 §11, 002): filter, search, sort, opening times in Helsinki time, and row-by-row
 * validation of `places.json` (`checkPlaces`, coded issues). No side effects on import.
 */
export { checkPlaces, type PlaceCheck } from './checkPlaces.js';
export { createPlaceIndex, type PlaceIndex, type PlaceIndexEntry, type PlaceIndexOptions } from './createPlaceIndex.js';
export { distanceKm } from './distanceKm.js';
export { filterIssueMessage } from './filterIssueMessage.js';
export { type FilterOptions, filterPlaces } from './filterPlaces.js';
export { normalizeSearchText } from './normalizeSearchText.js';
export {
  type FilterParamIssue,
  type ParsedPlaceFilter,
  type PlaceFilterParams,
  parsePlaceFilter,
} from './parsePlaceFilter.js';
export { PlaceFilter, placeFilterParamNames } from './placeFilter.js';
export { placeFilterToParams } from './placeFilterToParams.js';
export { type SortOptions, sortPlaces } from './sortPlaces.js';
