import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { runs } from '../../test/runs.js';
import { createPlaceIndex as checkedCreatePlaceIndex } from '../createPlaceIndex.js';
import { type FilterOptions as CheckedFilterOptions, filterPlaces as checkedFilterPlaces } from '../filterPlaces.js';
import { generatePlaces, testMunicipalities } from '../fixtures.js';
import { createPlaceIndex } from './createPlaceIndex.js';
import { type FilterOptions, filterPlaces } from './filterPlaces.js';
import type { PlaceFilter } from './placeFilter.js';

describe('filterPlaces (trusted)', () => {
  it('takes the options of the main entry’s filterPlaces', () => {
    expectTypeOf<FilterOptions>().toEqualTypeOf<CheckedFilterOptions>();
  });

  it('finds what the main entry’s filterPlaces finds in valid input, from an index or a plain array', () => {
    const filterArb: fc.Arbitrary<PlaceFilter> = fc.record(
      {
        municipalities: fc.subarray(['178', '491', '507', '681', '740', '593', '999']),
        text: fc.constantFrom('perhe', 'kerho', 'a', 'öljy', 'ALAND', 'x y', 'kahvila 1', 'jockas', ''),
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
    const places = generatePlaces(200, 5);
    const municipalities = testMunicipalities();
    const trusted = createPlaceIndex(places, { municipalities });
    const checked = checkedCreatePlaceIndex(places, { municipalities });
    fc.assert(
      fc.property(filterArb, dateArb, (filter, today) => {
        const expected = checkedFilterPlaces(checked, filter, { today });
        expect(filterPlaces(trusted, filter, { today })).toEqual(expected);
        expect(filterPlaces(places, filter, { today })).toEqual(checkedFilterPlaces(places, filter, { today }));
      }),
      { numRuns: runs(100) },
    );
  });
});
