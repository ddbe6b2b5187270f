import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import { makePlace, testMunicipalities } from './fixtures.js';
import { sortPlaces } from './sortPlaces.js';

const named = (...names: string[]) => names.map((fi, i) => makePlace({ id: `p${i}`, name: { fi } }));
const juvaCentre = { lat: 61.8972, lon: 27.8567 };

describe('sortPlaces', () => {
  it('puts å, ä and ö after z in Finnish, as the documented example says', () => {
    const places = named('Öljy', 'Zeta', 'Åbo', 'Ärrä', 'Vaasa');
    expect(sortPlaces(places, { by: 'name', locale: 'fi' }).map((p) => p.name.fi)).toEqual([
      'Vaasa',
      'Zeta',
      'Åbo',
      'Ärrä',
      'Öljy',
    ]);
  });

  it('sorts accented letters among the plain ones in English', () => {
    const places = named('Öljy', 'Zeta', 'Åbo', 'Aamu');
    expect(sortPlaces(places, { by: 'name', locale: 'en' }).map((p) => p.name.fi)).toEqual([
      'Aamu',
      'Åbo',
      'Öljy',
      'Zeta',
    ]);
  });

  it('sorts by the name in the chosen language, falling back to Finnish', () => {
    const places = [
      makePlace({ id: 'a', name: { fi: 'Aapa', sv: 'Öbo' } }),
      makePlace({ id: 'b', name: { fi: 'Bertta' } }),
    ];
    expect(sortPlaces(places, { by: 'name', locale: 'sv' }).map((p) => p.id)).toEqual(['b', 'a']);
  });

  it('does not change the input array', () => {
    const places = named('B', 'A');
    sortPlaces(places, { by: 'name', locale: 'fi' });
    expect(places.map((p) => p.name.fi)).toEqual(['B', 'A']);
  });

  it('orders by distance, using the municipality centre when a place has no coordinates, unknown last', () => {
    const places = [
      makePlace({ id: 'nowhere', name: { fi: 'A' }, municipalityCode: '999' }),
      makePlace({ id: 'savonlinna', name: { fi: 'B' }, municipalityCode: '740' }),
      makePlace({
        id: 'juva-coords',
        name: { fi: 'C' },
        municipalityCode: '178',
        coordinates: { lat: 61.9, lon: 27.86 },
      }),
      makePlace({ id: 'mikkeli', name: { fi: 'D' }, municipalityCode: '491' }),
    ];
    const sorted = sortPlaces(places, {
      by: 'distance',
      origin: juvaCentre,
      locale: 'fi',
      municipalities: testMunicipalities(),
    });
    // From Juva: Mikkeli is about 38 km away, Savonlinna about 54 km.
    expect(sorted.map((p) => p.id)).toEqual(['juva-coords', 'mikkeli', 'savonlinna', 'nowhere']);
  });

  it('breaks distance ties by name', () => {
    const places = [
      makePlace({ id: 'z', name: { fi: 'Ö-talo' }, municipalityCode: '178' }),
      makePlace({ id: 'a', name: { fi: 'Aamu' }, municipalityCode: '178' }),
    ];
    const sorted = sortPlaces(places, {
      by: 'distance',
      origin: juvaCentre,
      locale: 'fi',
      municipalities: testMunicipalities(),
    });
    expect(sorted.map((p) => p.id)).toEqual(['a', 'z']);
  });

  it('falls back to name order for distance without an origin', () => {
    const places = named('B', 'A');
    expect(sortPlaces(places, { by: 'distance', locale: 'fi' }).map((p) => p.name.fi)).toEqual(['A', 'B']);
  });

  it('throws a ValidationError for bad options', () => {
    expect(() => sortPlaces([], { by: 'size', locale: 'fi' } as never)).toThrow(ValidationError);
    expect(() => sortPlaces([], { by: 'name', locale: 'de' } as never)).toThrow(ValidationError);
  });
});
