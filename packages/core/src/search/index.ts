/**
 * The browser-free logic behind the meeting-place finder for avoin kohtaamispaikka (open meeting
 * place, 001 §11, 002): filter, search, sort, opening times in Helsinki time, and row-by-row
 * validation of `places.json` with Finnish, Swedish and English messages. No side effects on import.
 */
export { createPlaceIndex, type PlaceIndex, type PlaceIndexEntry, type PlaceIndexOptions } from './createPlaceIndex.js';
export { distanceKm } from './distanceKm.js';
export { filterIssueMessage } from './filterIssueMessage.js';
export { type FilterOptions, filterPlaces } from './filterPlaces.js';
export { helsinkiToday } from './helsinkiToday.js';
export { type SearchMessages, searchMessages } from './messages.js';
export { normalizeSearchText } from './normalizeSearchText.js';
export {
  type FilterParamIssue,
  type ParsedPlaceFilter,
  type PlaceFilterParams,
  parsePlaceFilter,
} from './parsePlaceFilter.js';
export { PlaceFilter, placeFilterParamNames } from './placeFilter.js';
export { placeFilterToParams } from './placeFilterToParams.js';
export { type PlaceIssue, type PlaceIssueCode, placeIssueCodes } from './placeIssue.js';
export { placeIssueMessage } from './placeIssueMessage.js';
export { type SortOptions, sortPlaces } from './sortPlaces.js';
export { type UpcomingOpening, type UpcomingOpeningsOptions, upcomingOpenings } from './upcomingOpenings.js';
export { type PlaceValidation, validatePlaces } from './validatePlaces.js';
