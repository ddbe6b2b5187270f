import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import { createPlaceIndex } from './createPlaceIndex.js';
import { makeActivity, makePlace, testMunicipalities } from './fixtures.js';

describe('createPlaceIndex', () => {
  it('keeps one entry per place in input order', () => {
    const places = [makePlace({ id: 'b' }), makePlace({ id: 'a' })];
    const index = createPlaceIndex(places);
    expect(index.kind).toBe('place-index');
    expect(index.entries.map((e) => e.place)).toEqual(places);
  });

  it('folds names in every language, descriptions, activity names and municipality names', () => {
    const place = makePlace({
      name: { fi: 'Perhekahvila Äimä', sv: 'Familjecafé', en: 'Family Café' },
      description: { fi: 'Tervetuloa VAUVOJEN kanssa' },
      municipalityCode: '507',
      activities: [makeActivity({ name: { fi: 'Leikkitreffit' } })],
      address: { street: 'Kirkkotie 3', postalCode: '52700', postOffice: { fi: 'Mäntyharju' } },
    });
    const [entry] = createPlaceIndex([place], { municipalities: testMunicipalities() }).entries;
    for (const piece of ['perhekahvila aima', 'familjecafe', 'family cafe', 'vauvojen', 'leikkitreffit', 'kirkkotie']) {
      expect(entry?.text).toContain(piece);
    }
    expect(entry?.text).toContain('mantyharju');
    expect(entry?.text).toContain('507');
  });

  it('finds a municipality by its Swedish name only when municipalities are given', () => {
    const place = makePlace({ municipalityCode: '740', name: { fi: 'Olohuone' } });
    expect(createPlaceIndex([place], { municipalities: testMunicipalities() }).entries[0]?.text).toContain('nyslott');
    expect(createPlaceIndex([place]).entries[0]?.text).not.toContain('nyslott');
  });

  it('collects audiences and offerings from the place and from its activities', () => {
    const place = makePlace({
      audiences: ['families'],
      offerings: ['open-activity'],
      activities: [makeActivity({ offering: 'family-club', audiences: ['babies'] })],
    });
    const [entry] = createPlaceIndex([place]).entries;
    expect([...(entry?.audiences ?? [])].sort()).toEqual(['babies', 'families']);
    expect([...(entry?.offerings ?? [])].sort()).toEqual(['family-club', 'open-activity']);
  });

  it('throws a ValidationError for invalid options or a non-array', () => {
    expect(() => createPlaceIndex([], { municipalities: [{ code: 'x' }] } as never)).toThrow(ValidationError);
    expect(() => createPlaceIndex('places' as never)).toThrow(ValidationError);
  });
});
