import type {
  Coordinates,
  DisplayText,
  Locale,
  LocalizedText,
  MeetingPlace,
  Municipality,
  Party,
  UpcomingOpening,
} from '@perhekeskus/core';
import { upcomingOpenings } from '@perhekeskus/core';
// The places were checked when published or at the door (`checkPlaces`): compute with core's trusted
// functions, which carry no validator (issue 13 §6).
import {
  createPlaceIndex,
  distanceKm,
  filterPlaces,
  type PlaceFilter,
  type PlaceIndex,
  sortPlaces,
} from '@perhekeskus/core/trusted';
import { languageName } from '../../i18n/index.js';
import { display, plainText } from '../../internal/localized-text.js';
import { safeUrl } from '../../internal/safe-url.js';
import { wellFormed } from './meeting-place-finder.data.js';

/** The view-models of the finder's views: what each row and option shows, already decided. */

/** A municipality as the form offers it: its name by the display rule, and its centre for ordering. */
export interface MunicipalityOption {
  code: string;
  name: DisplayText;
  centre?: Coordinates | undefined;
}

/** One place as a row: the compact line, and what its details show. */
export interface RowModel {
  place: MeetingPlace;
  name: DisplayText;
  /** Undefined when the data does not name the municipality (the code shows). */
  municipality: DisplayText | undefined;
  /** Kilometres from the chosen origin, when ordering by distance. */
  distance: number | undefined;
  /** The coming 7 days' openings; the first is the row's "next opening". */
  openings: readonly UpcomingOpening[];
  /** Organiser names by the display rule, or the id when the data names none. */
  organisers: readonly (DisplayText | string)[];
  open: boolean;
  calendar: { href: string; file: string } | undefined;
  mapHref: string | undefined;
}

const partyNames = new WeakMap<readonly Party[], ReadonlyMap<string, LocalizedText>>();

/**
 * The organiser names of page-given parties by id (kept for the same list).
 *
 * @param parties - the `parties` property
 */
export function organiserNames(parties: readonly Party[]): ReadonlyMap<string, LocalizedText> {
  let names = partyNames.get(parties);
  if (!names) {
    names = new Map(parties.map((p) => [p.id, p.name]));
    partyNames.set(parties, names);
  }
  return names;
}

/** What every row needs from the widget. */
export interface RowContext {
  locale: Locale;
  today: string;
  origin: Coordinates | undefined;
  municipalities: ReadonlyMap<string, Municipality>;
  organisers: ReadonlyMap<string, LocalizedText>;
  open: ReadonlySet<string>;
  calendar: (place: MeetingPlace) => { href: string; file: string } | undefined;
  mapUrlTemplate: string | undefined;
}

/**
 * The municipalities for the form, in the order of their names in the widget's language.
 *
 * @param municipalities - the data's or the page's municipalities
 * @param locale - the widget's language
 */
export function municipalityOptions(municipalities: readonly Municipality[], locale: Locale): MunicipalityOption[] {
  return municipalities
    .map((m) => ({ code: m.code, name: display(m.name, locale), centre: m.centre }))
    .sort((a, b) => a.name.text.localeCompare(b.name.text, locale));
}

/**
 * A map link from the page's template: `{lat}`, `{lon}`, `{name}` and `{id}` replaced, each encoded
 * (a lone surrogate in a name becomes U+FFFD rather than an exception), and the result checked by
 * `safeUrl`.
 *
 * @example
 * mapHref('https://map.example.org/?q={name}', place, 'fi'); // 'https://map.example.org/?q=Perhekahvila%20Juva'
 */
export function mapHref(template: string | undefined, place: MeetingPlace, locale: Locale): string | undefined {
  if (!template || !place.coordinates) return undefined;
  const values: Record<string, string> = {
    lat: String(place.coordinates.lat),
    lon: String(place.coordinates.lon),
    name: plainText(place.name, locale),
    id: place.id,
  };
  return safeUrl(
    template.replace(/\{(lat|lon|name|id)\}/g, (_, key: string) => encodeURIComponent(wellFormed(values[key] ?? ''))),
  );
}

/**
 * A row's view-model.
 *
 * @param place - the place
 * @param ctx - the widget's language, day, origin, lookups and row states
 */
export function rowModel(place: MeetingPlace, ctx: RowContext): RowModel {
  const { locale } = ctx;
  let openings: UpcomingOpening[] = [];
  try {
    openings = upcomingOpenings(place, { from: ctx.today, days: 7 });
  } catch {
    // A place core cannot expand still shows, without opening times.
  }
  const municipality = ctx.municipalities.get(place.municipalityCode);
  const at = place.coordinates ?? municipality?.centre;
  const open = ctx.open.has(place.id);
  return {
    place,
    name: display(place.name, locale),
    municipality: municipality ? display(municipality.name, locale) : undefined,
    distance: ctx.origin && at ? distanceKm(ctx.origin, at) : undefined,
    openings,
    organisers: place.organiserIds.map((id) => {
      const name = ctx.organisers.get(id);
      return name ? display(name, locale) : id;
    }),
    open,
    calendar: open ? ctx.calendar(place) : undefined,
    mapHref: mapHref(ctx.mapUrlTemplate, place, locale),
  };
}

/** What a search depends on; its results are computed again only when one of these changed. */
export interface SearchInput {
  places: readonly MeetingPlace[];
  municipalities: readonly Municipality[];
  filter: PlaceFilter;
  /** Ordering by distance from here; by name without it. */
  origin: Coordinates | undefined;
  locale: Locale;
  today: string;
}

/** The finder's search: core's index, filter and order, kept between keystrokes. */
export class PlaceSearch {
  /** The matching places, in order. */
  results: MeetingPlace[] = [];
  /** A page-given lookup (typed, not validated) broke the search: nothing to show. */
  failed = false;
  private _key: unknown[] = [];
  private _index:
    | { places: readonly MeetingPlace[]; municipalities: readonly Municipality[]; index: PlaceIndex }
    | undefined;

  /** Searches again when any input changed. */
  run(input: SearchInput): void {
    const { places, municipalities, filter, origin, locale, today } = input;
    const key = [places, municipalities, filter, origin, locale, today];
    if (key.every((value, i) => value === this._key[i])) return;
    this._key = key;
    try {
      if (this._index?.places !== places || this._index.municipalities !== municipalities) {
        const index = createPlaceIndex(places, { municipalities: [...municipalities] });
        this._index = { places, municipalities, index };
      }
      const matches = filterPlaces(this._index.index, filter, { today });
      this.results = sortPlaces(matches, {
        by: origin ? 'distance' : 'name',
        ...(origin ? { origin, municipalities: [...municipalities] } : {}),
        locale,
      });
      this.failed = false;
    } catch {
      this.results = [];
      this.failed = true;
    }
  }
}

/**
 * The languages the places speak (and any preset), in the order of their names in the widget's language.
 *
 * @param places - the places
 * @param preset - languages already in the filter
 * @param locale - the widget's language
 */
export function languagesOf(places: readonly MeetingPlace[], preset: readonly string[], locale: Locale): string[] {
  const codes = new Set([...places.flatMap((p) => p.languages), ...preset]);
  return [...codes].sort((a, b) => languageName(a, locale).localeCompare(languageName(b, locale), locale));
}
