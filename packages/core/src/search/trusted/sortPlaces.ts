import type { Coordinates, Locale } from '../../model/common.js';
import { displayText } from '../../model/displayText.js';
import type { MeetingPlace } from '../../model/meeting-place.js';
import type { Municipality } from '../../model/place.js';
import { distanceKm } from './distanceKm.js';

/** The options of {@link sortPlaces}. */
export interface SortOptions {
  /** `name`, or `distance` from `origin`. */
  by: 'name' | 'distance';
  /** Where distances are measured from (a municipality's centre or the browser's location). */
  origin?: Coordinates | undefined;
  /** The language whose names and collation order the places. */
  locale: Locale;
  /** Municipalities whose centres stand in for places without coordinates. */
  municipalities?: Municipality[] | undefined;
}

/**
 * Orders places for display, for options already known to be valid (the main entry's `sortPlaces`
 * checks them and then calls this); returns a new array and leaves the input alone. `name` orders
 * by the name in `locale` with `Intl.Collator(locale)`; `distance` nearest first from `origin`, by
 * the place's coordinates, else its municipality's centre, places with neither last (without
 * `origin`, name order). Ties keep name order, then input order.
 *
 * @param places - the places (trusted typed data)
 * @param options - `by`, `locale`, and for distance `origin` and `municipalities` (not checked)
 * @returns the places in the new order
 * @example
 * sortPlaces(places, { by: 'name', locale: 'fi' }).map((p) => p.name.fi);
 * // ['Vaasa', 'Zeta', 'Åbo', 'Ärrä', 'Öljy'] — Finnish collation
 */
export function sortPlaces(places: readonly MeetingPlace[], options: SortOptions): MeetingPlace[] {
  const { by, origin, locale, municipalities = [] } = options;
  const collator = new Intl.Collator(locale);
  const rows = places.map((place, index) => ({ place, index, name: displayText(place.name, locale).text, km: 0 }));
  if (by === 'distance' && origin) {
    const centres = new Map(municipalities.map((m) => [m.code, m.centre]));
    for (const row of rows) {
      const at = row.place.coordinates ?? centres.get(row.place.municipalityCode);
      row.km = at ? distanceKm(origin, at) : Number.POSITIVE_INFINITY;
    }
  }
  rows.sort(
    (a, b) => (a.km === b.km ? 0 : a.km < b.km ? -1 : 1) || collator.compare(a.name, b.name) || a.index - b.index,
  );
  return rows.map((row) => row.place);
}
