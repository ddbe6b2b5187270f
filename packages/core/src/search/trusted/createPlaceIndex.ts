import type { LocalizedText } from '../../model/common.js';
import type { Audience, MeetingPlace, Offering } from '../../model/meeting-place.js';
import type { Municipality } from '../../model/place.js';
import { normalizeSearchText as foldText } from './normalizeSearchText.js';

/** What the index keeps for one place. */
export interface PlaceIndexEntry {
  readonly place: MeetingPlace;
  /** Folded searchable text (see {@link createPlaceIndex}), fields separated by spaces. */
  readonly text: string;
  /** The place's audiences and its activities' audiences. */
  readonly audiences: ReadonlySet<Audience>;
  /** The place's offerings and its activities' offerings. */
  readonly offerings: ReadonlySet<Offering>;
}

/** Places with their search data precomputed, for `filterPlaces` on every keystroke. */
export interface PlaceIndex {
  readonly kind: 'place-index';
  /** One entry per place, in input order. */
  readonly entries: readonly PlaceIndexEntry[];
}

/** The options of {@link createPlaceIndex}. */
export interface PlaceIndexOptions {
  /** Municipalities whose names make their places findable (`jockas` finds places in Juva). */
  municipalities?: Municipality[] | undefined;
}

/** Whether `value` is an index from {@link createPlaceIndex} rather than a list of places. */
export function isPlaceIndex(value: PlaceIndex | readonly MeetingPlace[]): value is PlaceIndex {
  return !Array.isArray(value) && (value as PlaceIndex | undefined)?.kind === 'place-index';
}

function texts(text: LocalizedText | undefined, out: string[]): void {
  if (text === undefined) return;
  // Every language the text has: a Finnish query finds a Swedish-only name, and the Sámi names too.
  for (const value of Object.values(text)) if (value !== undefined) out.push(value);
}

/**
 * Precomputes what filtering needs, so a keystroke folds only the query, never the places, for
 * arguments already known to be valid (the main entry's `createPlaceIndex` checks them and then
 * calls this). The searchable text holds: the names, descriptions and activity names in every
 * language, the municipality code and (when `municipalities` is given) its names in every language
 * it has, the street address and post office, organiser ids, and offering ids.
 *
 * @param places - the places to index, kept in this order (trusted typed data)
 * @param options - `municipalities`: lets a search for `jockas` find places in Juva (not checked)
 * @returns an index for `filterPlaces`
 * @example
 * const index = createPlaceIndex([place], { municipalities });
 * filterPlaces(index, { text: 'mantyharju' }, { today: '2026-03-10' }); // places in Mäntyharju
 */
export function createPlaceIndex(places: readonly MeetingPlace[], options: PlaceIndexOptions = {}): PlaceIndex {
  const municipalityText = new Map<string, string>();
  for (const m of options.municipalities ?? []) {
    // Every language of the name: `jockas` finds Juva, `anár` finds Inari.
    municipalityText.set(m.code, Object.values(m.name).join(' '));
  }
  const entries = places.map((place): PlaceIndexEntry => {
    const parts: string[] = [];
    texts(place.name, parts);
    texts(place.description, parts);
    parts.push(place.municipalityCode, municipalityText.get(place.municipalityCode) ?? '');
    if (place.address) {
      parts.push(place.address.street);
      texts(place.address.postOffice, parts);
    }
    parts.push(...place.organiserIds, ...place.offerings);
    const audiences = new Set<Audience>(place.audiences);
    const offerings = new Set<Offering>(place.offerings);
    for (const activity of place.activities) {
      texts(activity.name, parts);
      parts.push(activity.offering);
      offerings.add(activity.offering);
      for (const audience of activity.audiences ?? []) audiences.add(audience);
    }
    return { place, text: foldText(parts.join(' ')), audiences, offerings };
  });
  return { kind: 'place-index', entries };
}
