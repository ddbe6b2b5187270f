import * as z from 'zod/mini';
import { Locale, type LocalizedText } from '../model/common.js';
import { displayText } from '../model/displayText.js';
import { MeetingPlace } from '../model/meeting-place.js';
import { WebUrl } from '../model/webUrl.js';
import { parseInput } from '../validation/parseInput.js';
import { EXAMPLE_MARKER_JSON_LD, type ExampleMarkerJsonLd, type PlaceJsonLd } from './eventJsonLd.js';

/** Options of {@link meetingPlaceJsonLd}. */
export const MeetingPlaceJsonLdOptions = z.strictObject({
  /** Language of names and descriptions (falls back to Finnish) and `inLanguage`; `fi` by default. */
  locale: z.optional(Locale),
  /** The page about the place (`url`); the place's own `web` otherwise. */
  url: z.optional(WebUrl),
});
export type MeetingPlaceJsonLdOptions = z.infer<typeof MeetingPlaceJsonLdOptions>;

/** One weekly opening as schema.org `OpeningHoursSpecification`. */
export interface OpeningHoursJsonLd {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek: `https://schema.org/${'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday'}`;
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
  name: string;
}

/** A meeting place as a schema.org `Place` with `@context`, for `<script type="application/ld+json">`. */
export interface MeetingPlaceJsonLd extends PlaceJsonLd {
  '@context': 'https://schema.org';
  '@id'?: string;
  description?: string;
  geo?: { '@type': 'GeoCoordinates'; latitude: number; longitude: number };
  openingHoursSpecification: OpeningHoursJsonLd[];
  publicAccess: true;
  /** Present and true only for invented example rows, so nobody mistakes them for real places. */
  additionalProperty?: ExampleMarkerJsonLd;
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

function text(value: LocalizedText, locale: Locale): string {
  return displayText(value, locale).text;
}

/**
 * A meeting place as schema.org JSON-LD (`Place` with address, coordinates and weekly opening hours),
 * so search engines and map services can read a municipal page's meeting places. Odd/even-week
 * activities are written as weekly hours with the week rule in `name` (schema.org has no such rule);
 * exceptions are not written. Put the result through {@link jsonLdScript} before it goes in a page.
 *
 * @param place - a `MeetingPlace` (validated)
 * @param options - `locale` (fi, sv, en) and the page's `url`
 * @returns plain JSON-serialisable data
 * @throws {ValidationError} when the place or the options are invalid
 * @example
 * // a place whose family café meets on Tuesdays 9.30–11.30
 * meetingPlaceJsonLd(place, { locale: 'en' }).openingHoursSpecification[0];
 * // { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Tuesday', opens: '09:30',
 * //   closes: '11:30', name: 'Family café' }
 */
export function meetingPlaceJsonLd(place: MeetingPlace, options: MeetingPlaceJsonLdOptions = {}): MeetingPlaceJsonLd {
  const p = parseInput(MeetingPlace, place, 'place');
  const o = parseInput(MeetingPlaceJsonLdOptions, options, 'options');
  const locale = o.locale ?? 'fi';
  const url = o.url ?? p.web;
  const weekRule = {
    fi: { odd: 'parittomat viikot', even: 'parilliset viikot' },
    sv: { odd: 'udda veckor', even: 'jämna veckor' },
    en: { odd: 'odd weeks', even: 'even weeks' },
  }[locale];
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    ...(url ? { '@id': url, url } : {}),
    name: text(p.name, locale),
    ...(p.description ? { description: text(p.description, locale) } : {}),
    ...(p.address
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: p.address.street,
            postalCode: p.address.postalCode,
            addressLocality: text(p.address.postOffice, locale),
            addressCountry: 'FI',
          },
        }
      : {}),
    ...(p.coordinates
      ? { geo: { '@type': 'GeoCoordinates', latitude: p.coordinates.lat, longitude: p.coordinates.lon } }
      : {}),
    openingHoursSpecification: p.activities.map((a) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${DAYS[a.weekday - 1] ?? 'Monday'}`,
      opens: a.start,
      closes: a.end,
      ...(a.validFrom ? { validFrom: a.validFrom } : {}),
      ...(a.validTo ? { validThrough: a.validTo } : {}),
      name:
        a.weeks === 'odd' || a.weeks === 'even'
          ? `${text(a.name, locale)} (${weekRule[a.weeks]})`
          : text(a.name, locale),
    })),
    publicAccess: true,
    ...(p.example ? { additionalProperty: { ...EXAMPLE_MARKER_JSON_LD } } : {}),
  };
}
