import { describe, expect, it } from 'vitest';
import { meetingPlaces } from '../data/etela-savo/meeting-places.js';
import type { MeetingPlace } from '../model/meeting-place.js';
import { ValidationError } from '../validation/parseInput.js';
import { jsonLdScript } from './jsonLdScript.js';
import { meetingPlaceJsonLd } from './meetingPlaceJsonLd.js';

function cafePlace(extra: Partial<MeetingPlace> = {}): MeetingPlace {
  return {
    id: 'cafe',
    name: { fi: 'Perhekahvila', sv: 'Familjecafé', en: 'Family café place' },
    description: { fi: 'Avoin kaikille perheille.' },
    municipalityCode: '178',
    organiserIds: [],
    address: { street: 'Kirkkokatu 1', postalCode: '51900', postOffice: { fi: 'Juva' } },
    coordinates: { lat: 61.897, lon: 27.857 },
    audiences: ['families'],
    offerings: ['open-activity'],
    languages: ['fi'],
    accessibility: [],
    contacts: [],
    activities: [
      {
        id: 'cafe',
        name: { fi: 'Perhekahvila', en: 'Family café' },
        offering: 'open-activity',
        weekday: 2,
        start: '09:30',
        end: '11:30',
      },
    ],
    source: { document: 'test' },
    ...extra,
  };
}

describe('meetingPlaceJsonLd', () => {
  it('writes the documented example: a Tuesday opening in English', () => {
    expect(meetingPlaceJsonLd(cafePlace(), { locale: 'en' }).openingHoursSpecification[0]).toEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: 'https://schema.org/Tuesday',
      opens: '09:30',
      closes: '11:30',
      name: 'Family café',
    });
  });

  it('gives name, address, coordinates and url, falling back to Finnish for missing languages', () => {
    const ld = meetingPlaceJsonLd(cafePlace({ web: 'https://juva.fi/perhekahvila' }), { locale: 'sv' });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Place',
      '@id': 'https://juva.fi/perhekahvila',
      url: 'https://juva.fi/perhekahvila',
      name: 'Familjecafé',
      description: 'Avoin kaikille perheille.',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Kirkkokatu 1',
        postalCode: '51900',
        addressLocality: 'Juva',
        addressCountry: 'FI',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 61.897, longitude: 27.857 },
      publicAccess: true,
    });
    expect(ld.additionalProperty).toBeUndefined();
  });

  it('says in the data that an example row is an example', () => {
    const ld = meetingPlaceJsonLd(cafePlace({ example: true }));
    expect(ld.additionalProperty).toEqual({ '@type': 'PropertyValue', name: 'example', value: true });
  });

  it('names the week rule of odd/even-week activities, which schema.org cannot express', () => {
    const place = cafePlace();
    place.activities[0] = { ...place.activities[0]!, weeks: 'even', validFrom: '2026-01-01', validTo: '2026-05-31' };
    const [hours] = meetingPlaceJsonLd(place, { locale: 'fi' }).openingHoursSpecification;
    expect(hours).toMatchObject({
      name: 'Perhekahvila (parilliset viikot)',
      validFrom: '2026-01-01',
      validThrough: '2026-05-31',
    });
  });

  it('writes every built-in place, and the script text never closes its element', () => {
    for (const place of meetingPlaces) {
      const ld = meetingPlaceJsonLd(place, { locale: 'fi' });
      expect(ld.name).toBe(place.name.fi);
      expect(ld.openingHoursSpecification).toHaveLength(place.activities.length);
      expect(JSON.parse(jsonLdScript(ld))).toEqual(ld);
    }
    const hostile = meetingPlaceJsonLd(cafePlace({ name: { fi: '</script><script>alert(1)</script>' } }));
    expect(jsonLdScript(hostile)).not.toContain('</script>');
  });

  it('rejects an invalid place with a ValidationError naming the field', () => {
    expect(() => meetingPlaceJsonLd({ ...cafePlace(), municipalityCode: 'x' })).toThrow(ValidationError);
    expect(() => meetingPlaceJsonLd({ ...cafePlace(), municipalityCode: 'x' })).toThrow(/place\.municipalityCode/);
  });
});

describe('meetingPlaceJsonLd never sees what the schema refuses (issue 14)', () => {
  it('refuses a place whose web address is not http(s), so no javascript: or data: URL becomes url or @id', () => {
    for (const web of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      expect(() => meetingPlaceJsonLd(cafePlace({ web }))).toThrow(ValidationError);
      expect(() => meetingPlaceJsonLd(cafePlace({ web }))).toThrow(/^place\.web:/);
      expect(() => meetingPlaceJsonLd(cafePlace(), { url: web })).toThrow(/^options\.url:/);
    }
  });

  it('refuses a name with a lone surrogate and a date outside 1922–2200', () => {
    expect(() => meetingPlaceJsonLd(cafePlace({ name: { fi: 'Kahvila \ud83d' } }))).toThrow(/^place\.name\.fi:/);
    expect(() => meetingPlaceJsonLd(cafePlace({ operating: { start: '2026-01-01', end: '9999-12-31' } }))).toThrow(
      /^place\.operating\.end: Expected a year in 1922–2200/,
    );
  });
});
