import { MeetingPlace } from '../model/meeting-place.js';
import type { DataIssue } from '../validation/dataIssue.js';
import { listRows, validateRows } from '../validation/rowIssues.js';

/** The result of {@link checkPlaces}. */
export interface PlaceCheck {
  /** The valid rows, parsed, in input order (first of each id only). */
  readonly places: MeetingPlace[];
  /** Every problem found, in input order; translate with `dataIssueMessage(issue, locale, { document: 'places' })`. */
  readonly issues: DataIssue[];
  /** True when nothing could be read at all: the input is not a list of places. */
  readonly fatal: boolean;
}

/**
 * Checks meeting-place data from outside (a `places.json` a widget fetched, a file an editor
 * uploaded) row by row, keeping every valid row and saying precisely what is wrong with the others.
 * Accepts a `MeetingPlaceList` (`{ places: [...] }`, optionally with `$schema`) or a bare array.
 * Each row is validated on its own with `MeetingPlace`, so one bad row never hides the good ones;
 * a later row reusing an id is dropped (`duplicate-id`) and the first kept. Problems with the list
 * object itself (an unknown top-level field, a non-string `$schema`) are reported without dropping
 * rows. `fatal` is true only when the input holds no list of places at all. Hostile text stays
 * inert data: nothing is evaluated, and values quoted in issues are cut to 100 characters.
 *
 * @param input - parsed JSON of unknown shape
 * @returns the valid places, the coded issues (`dataIssueCodes`) and whether the input was unusable
 * @example
 * const { places, issues } = checkPlaces([validPlace, { ...validPlace, id: 'b', weekday: 9 }]);
 * // places: [validPlace]; issues[0]: { path: 'places[1]', code: 'unknown-field', unknownKeys: ['weekday'],
 * //   row: { section: 'places', index: 1, id: 'b', name: { fi: … } }, … }
 */
export function checkPlaces(input: unknown): PlaceCheck {
  const list = listRows(input, 'places');
  if (list.rows === undefined) return { places: [], issues: list.issues, fatal: true };
  const { valid, issues } = validateRows(list.rows, MeetingPlace, 'places');
  return { places: valid, issues: [...list.issues, ...issues], fatal: false };
}
