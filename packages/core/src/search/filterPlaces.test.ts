import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import { runs } from '../test/runs.js';
import { createPlaceIndex } from './createPlaceIndex.js';
import { filterPlaces } from './filterPlaces.js';
import { generatePlaces, makeActivity, makePlace, testMunicipalities } from './fixtures.js';
import type { PlaceFilter } from './placeFilter.js';

// 2026-03-10 is a Tuesday in ISO week 11 (odd); 2026-03-17 is a Tuesday in week 12 (even).
const TUESDAY = '2026-03-10';
const ids = (places: { id: string }[]) => places.map((p) => p.id);

describe('filterPlaces', () => {
  it('returns every non-example place for an empty filter, in input order', () => {
    const places = [makePlace({ id: 'c' }), makePlace({ id: 'a' }), makePlace({ id: 'b' })];
    expect(ids(filterPlaces(places, {}, { today: TUESDAY }))).toEqual(['c', 'a', 'b']);
  });

  it('filters by municipality, any of the codes', () => {
    const places = [
      makePlace({ id: 'juva', municipalityCode: '178' }),
      makePlace({ id: 'rantasalmi', municipalityCode: '681' }),
      makePlace({ id: 'mikkeli', municipalityCode: '491' }),
    ];
    expect(ids(filterPlaces(places, { municipalities: ['681', '178'] }, { today: TUESDAY }))).toEqual([
      'juva',
      'rantasalmi',
    ]);
  });

  it('finds Mäntyharju by typing mantyharju, and åland by ÅLAND', () => {
    const places = [
      makePlace({ id: 'm', name: { fi: 'Mäntyharjun perhetupa' } }),
      makePlace({ id: 'a', name: { fi: 'Perhekahvila', sv: 'åland-caféet' } }),
    ];
    expect(ids(filterPlaces(places, { text: 'mantyharju' }, { today: TUESDAY }))).toEqual(['m']);
    expect(ids(filterPlaces(places, { text: 'ÅLAND' }, { today: TUESDAY }))).toEqual(['a']);
  });

  it('requires every text term, in any order and anywhere in the text', () => {
    const places = [
      makePlace({ id: 'both', name: { fi: 'Perhekerho Tenavat' } }),
      makePlace({ id: 'one', name: { fi: 'Perhekahvila' } }),
    ];
    expect(ids(filterPlaces(places, { text: '  kerho   PERHE ' }, { today: TUESDAY }))).toEqual(['both']);
    expect(ids(filterPlaces(places, { text: '   ' }, { today: TUESDAY }))).toEqual(['both', 'one']);
  });

  it('searches municipality names given to the index in Finnish and Swedish', () => {
    const index = createPlaceIndex(
      [
        makePlace({ id: 'juva', municipalityCode: '178', name: { fi: 'Olohuone' } }),
        makePlace({ id: 'nyslott', municipalityCode: '740', name: { fi: 'Perhetupa' } }),
      ],
      { municipalities: testMunicipalities() },
    );
    expect(ids(filterPlaces(index, { text: 'jockas' }, { today: TUESDAY }))).toEqual(['juva']);
    expect(ids(filterPlaces(index, { text: 'savonlinna' }, { today: TUESDAY }))).toEqual(['nyslott']);
  });

  it('filters by audience of the place or of an activity, and lets "everyone" match any audience', () => {
    const places = [
      makePlace({ id: 'babies', audiences: ['babies'] }),
      makePlace({ id: 'club', audiences: ['families'], activities: [makeActivity({ audiences: ['babies'] })] }),
      makePlace({ id: 'everyone', audiences: ['everyone'] }),
      makePlace({ id: 'youth', audiences: ['young-people'] }),
    ];
    expect(ids(filterPlaces(places, { audiences: ['babies'] }, { today: TUESDAY }))).toEqual([
      'babies',
      'club',
      'everyone',
    ]);
  });

  it('filters by offering of the place or of an activity', () => {
    const places = [
      makePlace({ id: 'club', offerings: ['family-club'] }),
      makePlace({ id: 'activity', activities: [makeActivity({ offering: 'peer-support' })] }),
      makePlace({ id: 'open', offerings: ['open-activity'] }),
    ];
    expect(ids(filterPlaces(places, { offerings: ['family-club', 'peer-support'] }, { today: TUESDAY }))).toEqual([
      'club',
      'activity',
    ]);
  });

  it('filters by language and by accessibility feature, any of the given values', () => {
    const places = [
      makePlace({ id: 'sv', languages: ['fi', 'sv'], accessibility: ['lift'] }),
      makePlace({ id: 'en', languages: ['en'], accessibility: ['pram-parking'] }),
      makePlace({ id: 'fi', languages: ['fi'], accessibility: [] }),
    ];
    expect(ids(filterPlaces(places, { languages: ['sv', 'en'] }, { today: TUESDAY }))).toEqual(['sv', 'en']);
    expect(
      ids(filterPlaces(places, { accessibility: ['pram-parking', 'baby-care-room'] }, { today: TUESDAY })),
    ).toEqual(['en']);
  });

  it('filters by weekday, ignoring activities that ended before today', () => {
    const places = [
      makePlace({ id: 'tuesday', activities: [makeActivity({ weekday: 2 })] }),
      makePlace({ id: 'ended', activities: [makeActivity({ weekday: 2, validTo: '2026-03-09' })] }),
      makePlace({ id: 'later', activities: [makeActivity({ weekday: 2, validFrom: '2026-09-01' })] }),
      makePlace({ id: 'friday', activities: [makeActivity({ weekday: 5 })] }),
      makePlace({ id: 'closed-down', operating: { start: '2020-01-01', end: '2025-12-31' } }),
    ];
    expect(ids(filterPlaces(places, { weekday: 2 }, { today: TUESDAY }))).toEqual(['tuesday', 'later']);
  });

  it('filters by open today using weekday, validity, odd/even weeks and exceptions', () => {
    const places = [
      makePlace({ id: 'tuesday', activities: [makeActivity({ weekday: 2 })] }),
      makePlace({ id: 'wednesday', activities: [makeActivity({ weekday: 3 })] }),
      makePlace({ id: 'odd', activities: [makeActivity({ weekday: 2, weeks: 'odd' })] }),
      makePlace({ id: 'even', activities: [makeActivity({ weekday: 2, weeks: 'even' })] }),
      makePlace({ id: 'not-yet', activities: [makeActivity({ weekday: 2, validFrom: '2026-03-11' })] }),
      makePlace({ id: 'closed', exceptions: [{ date: TUESDAY, closed: true }] }),
      makePlace({ id: 'changed', exceptions: [{ date: TUESDAY, closed: false, start: '13:00', end: '15:00' }] }),
      makePlace({ id: 'not-operating', operating: { start: '2026-04-01' } }),
    ];
    expect(ids(filterPlaces(places, { openToday: true }, { today: TUESDAY }))).toEqual(['tuesday', 'odd', 'changed']);
    expect(ids(filterPlaces(places, { openToday: true }, { today: '2026-03-17' }))).toEqual([
      'tuesday',
      'even',
      'not-yet',
      'closed',
      'changed',
    ]);
  });

  it('treats openToday: false as no condition', () => {
    const places = [makePlace({ id: 'a', activities: [] })];
    expect(ids(filterPlaces(places, { openToday: false }, { today: TUESDAY }))).toEqual(['a']);
  });

  it('hides example rows unless includeExamples is true', () => {
    const places = [makePlace({ id: 'real' }), makePlace({ id: 'invented', example: true })];
    expect(ids(filterPlaces(places, {}, { today: TUESDAY }))).toEqual(['real']);
    expect(ids(filterPlaces(places, { includeExamples: false }, { today: TUESDAY }))).toEqual(['real']);
    expect(ids(filterPlaces(places, { includeExamples: true }, { today: TUESDAY }))).toEqual(['real', 'invented']);
  });

  it('combines dimensions with AND: a family in Juva looking for a Swedish-speaking place for babies today', () => {
    const places = [
      makePlace({ id: 'match', municipalityCode: '178', audiences: ['babies'], languages: ['fi', 'sv'] }),
      makePlace({ id: 'elsewhere', municipalityCode: '491', audiences: ['babies'], languages: ['sv'] }),
      makePlace({ id: 'finnish-only', municipalityCode: '178', audiences: ['babies'], languages: ['fi'] }),
      makePlace({
        id: 'not-today',
        municipalityCode: '178',
        audiences: ['babies'],
        languages: ['sv'],
        activities: [makeActivity({ weekday: 4 })],
      }),
    ];
    const filter: PlaceFilter = { municipalities: ['178'], audiences: ['babies'], languages: ['sv'], openToday: true };
    expect(ids(filterPlaces(places, filter, { today: TUESDAY }))).toEqual(['match']);
  });

  it('gives the same result for an index and for the plain array', () => {
    const places = generatePlaces(300, 7);
    const index = createPlaceIndex(places);
    const filter: PlaceFilter = { text: 'perhe', audiences: ['babies'], openToday: true, includeExamples: true };
    expect(filterPlaces(index, filter, { today: TUESDAY })).toEqual(filterPlaces(places, filter, { today: TUESDAY }));
  });

  it('throws a ValidationError for an invalid filter or date', () => {
    expect(() => filterPlaces([], { weekday: 0 }, { today: TUESDAY })).toThrow(ValidationError);
    expect(() => filterPlaces([], {}, { today: '2026-02-30' })).toThrow(ValidationError);
    expect(() => filterPlaces(null as never, {}, { today: TUESDAY })).toThrow(ValidationError);
  });

  it('filters 10,000 places correctly', () => {
    const places = generatePlaces(10_000, 3);
    const index = createPlaceIndex(places, { municipalities: testMunicipalities() });
    const filter: PlaceFilter = { municipalities: ['178'], text: 'perhe', languages: ['sv'] };
    const result = filterPlaces(index, filter, { today: TUESDAY });
    const expected = places.filter(
      (p) =>
        !p.example &&
        p.municipalityCode === '178' &&
        p.languages.includes('sv') &&
        [p.name.fi, p.name.sv, p.description?.fi, ...p.activities.map((a) => a.name.fi), 'juva jockas']
          .join(' ')
          .toLowerCase()
          .includes('perhe'),
    );
    expect(result.length).toBeGreaterThan(10);
    expect(ids(result)).toEqual(ids(expected));
  });
});

describe('filterPlaces invariants', () => {
  const filterArb: fc.Arbitrary<PlaceFilter> = fc.record(
    {
      municipalities: fc.subarray(['178', '491', '507', '681', '740', '593']),
      text: fc.constantFrom('perhe', 'kerho', 'a', 'öljy', 'ALAND', 'x y', 'kahvila 1'),
      audiences: fc.subarray(['families', 'babies', 'school-age', 'everyone'] as const),
      offerings: fc.subarray(['open-activity', 'family-club', 'guidance'] as const),
      weekday: fc.integer({ min: 1, max: 7 }),
      openToday: fc.boolean(),
      languages: fc.subarray(['fi', 'sv', 'en', 'ru']),
      accessibility: fc.subarray(['lift', 'pram-parking', 'baby-care-room'] as const),
      includeExamples: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  const dateArb = fc
    .date({ min: new Date('2025-12-01'), max: new Date('2027-01-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const places = generatePlaces(400, 11);
  const index = createPlaceIndex(places, { municipalities: testMunicipalities() });

  it('returns a subset of the input in input order', () => {
    fc.assert(
      fc.property(filterArb, dateArb, (filter, today) => {
        const result = filterPlaces(index, filter, { today });
        let last = -1;
        for (const place of result) {
          const at = places.indexOf(place);
          expect(at).toBeGreaterThan(last);
          last = at;
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it('never gains results when a condition is added', () => {
    const keys = [
      'municipalities',
      'text',
      'audiences',
      'offerings',
      'weekday',
      'openToday',
      'languages',
      'accessibility',
    ] as const;
    fc.assert(
      fc.property(filterArb, filterArb, fc.constantFrom(...keys), dateArb, (base, extra, key, today) => {
        // includeExamples widens on purpose; keep it fixed between the two filters.
        const narrower = { ...base, [key]: extra[key] } as PlaceFilter;
        if (base[key] !== undefined) return;
        const wide = new Set(filterPlaces(index, base, { today }));
        for (const place of filterPlaces(index, narrower, { today })) expect(wide.has(place)).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });
});
