import * as z from 'zod/mini';
import type { MeetingPlace } from '../model/meeting-place.js';
import { Municipality } from '../model/place.js';
import { parseInput } from '../validation/parseInput.js';
import { type PlaceIndex, createPlaceIndex as trustedCreatePlaceIndex } from './trusted/createPlaceIndex.js';

export type { PlaceIndex, PlaceIndexEntry } from './trusted/createPlaceIndex.js';

const IndexOptions = z.strictObject({ municipalities: z.optional(z.array(Municipality)) });
export type PlaceIndexOptions = z.infer<typeof IndexOptions>;

/**
 * Precomputes what filtering needs, so a keystroke folds only the query, never the places. The
 * searchable text holds: the names, descriptions and activity names in every language, the
 * municipality code and (when `municipalities` is given) its names in every language it has,
 * the street address and post office, organiser ids, and offering ids. Places are trusted typed data
 * (the output of `checkPlaces` or the built-in data); only the options are validated.
 *
 * @param places - the places to index, kept in this order
 * @param options - `municipalities`: lets a search for `jockas` find places in Juva
 * @returns an index for {@link filterPlaces}
 * @example
 * const index = createPlaceIndex([place], { municipalities });
 * filterPlaces(index, { text: 'mantyharju' }, { today: '2026-03-10' }); // places in Mäntyharju
 */
export function createPlaceIndex(places: readonly MeetingPlace[], options: PlaceIndexOptions = {}): PlaceIndex {
  parseInput(z.array(z.unknown()), places, 'places');
  return trustedCreatePlaceIndex(places, parseInput(IndexOptions, options, 'options'));
}
