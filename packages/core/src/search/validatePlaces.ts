import { MeetingPlace } from '../model/meeting-place.js';
import type { PlaceIssue, PlaceIssueCode } from './placeIssue.js';
import { placeIssueMessage } from './placeIssueMessage.js';
import { identifyRow, type KnownMessage, listRows, validateRows } from './rowIssues.js';

/** The result of {@link validatePlaces}. */
export interface PlaceValidation {
  /** The valid rows, parsed, in input order (first of each id only). */
  readonly places: MeetingPlace[];
  /** Every problem found, in input order. */
  readonly issues: PlaceIssue[];
  /** True when nothing could be read at all: the input is not a list of places. */
  readonly fatal: boolean;
}

type Draft = Omit<PlaceIssue, 'message'>;

/**
 * What the model's own messages mean, so a widget can translate them (src/model/common.ts,
 * meeting-place.ts). A message not listed falls back to the zod code.
 */
const MODEL_MESSAGES: Record<string, KnownMessage<PlaceIssueCode>> = {
  'Expected a date as YYYY-MM-DD': { code: 'invalid-date' },
  'Not a real calendar date': { code: 'invalid-date' },
  'Expected a time as HH:mm': { code: 'invalid-time' },
  'Expected an id of a-z, 0-9 and hyphens': { code: 'invalid-format', expected: 'id' },
  'Expected a three-digit municipality code': { code: 'invalid-format', expected: 'municipality-code' },
  'Expected an ISO 639 language code': { code: 'invalid-format', expected: 'language-code' },
  'Expected a five-digit postal code': { code: 'invalid-format', expected: 'postal-code' },
  'Expected a phone number': { code: 'invalid-format', expected: 'phone' },
  'The activity ends before it starts': { code: 'custom', expected: 'start-before-end' },
  'validTo is before validFrom': { code: 'custom', expected: 'valid-from-before-valid-to' },
  'An open exception needs start and end, start before end': { code: 'custom', expected: 'exception-hours' },
};

function withMessage(draft: Draft): PlaceIssue {
  return { ...draft, message: placeIssueMessage(draft, 'en') };
}

/** The row's id and name for messages, when they are strings. */
function identify(row: unknown, index: number): Pick<Draft, 'index' | 'placeId' | 'placeName'> {
  const { id, name } = identifyRow(row, 'name');
  return { index, ...(id !== undefined ? { placeId: id } : {}), ...(name !== undefined ? { placeName: name } : {}) };
}

/**
 * Checks meeting-place data from outside (a `places.json` the widget fetched, a file an editor
 * uploaded) row by row, keeping every valid row and saying precisely what is wrong with the others.
 * Accepts a `MeetingPlaceList` (`{ places: [...] }`, optionally with `$schema`) or a bare array.
 * Each row is validated on its own with `MeetingPlace`, so one bad row never hides the good ones;
 * a later row reusing an id is dropped (`duplicate-id`) and the first kept. Problems with the list
 * object itself (an unknown top-level field, a non-string `$schema`) are reported without dropping
 * rows. `fatal` is true only when the input holds no list of places at all. Hostile text stays
 * inert data: nothing is evaluated, and values quoted in issues are cut to 100 characters.
 *
 * @param input - parsed JSON of unknown shape
 * @returns the valid places, the issues (see `placeIssueCodes`) and whether the input was unusable
 * @example
 * const { places, issues } = validatePlaces([validPlace, { ...validPlace, id: 'b', weekday: 9 }]);
 * // places: [validPlace]; issues[0]: { index: 1, path: 'places[1]', code: 'unknown-field', keys: ['weekday'], … }
 */
export function validatePlaces(input: unknown): PlaceValidation {
  const list = listRows(input, 'places');
  const issues: PlaceIssue[] = list.issues.map(withMessage);
  const rows = list.rows;
  if (rows === undefined) return { places: [], issues, fatal: true };

  const { valid, drafts } = validateRows(rows, MeetingPlace, 'places', identify, MODEL_MESSAGES);
  for (const draft of drafts) issues.push(withMessage(draft));
  return { places: valid, issues, fatal: false };
}
