import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { runs } from '../../test/runs.js';
import { generatePlaces, testMunicipalities } from '../fixtures.js';
import { type SortOptions as CheckedSortOptions, sortPlaces as checkedSortPlaces } from '../sortPlaces.js';
import { type SortOptions, sortPlaces } from './sortPlaces.js';

describe('sortPlaces (trusted)', () => {
  it('takes the options of the main entry’s sortPlaces', () => {
    expectTypeOf<SortOptions>().toEqualTypeOf<CheckedSortOptions>();
  });

  it('orders valid input as the main entry’s sortPlaces does, by name and by distance', () => {
    const municipalities = testMunicipalities();
    const options: fc.Arbitrary<SortOptions> = fc.record(
      {
        by: fc.constantFrom('name', 'distance'),
        origin: fc.record({
          lat: fc.double({ min: 59, max: 70, noNaN: true }),
          lon: fc.double({ min: 19, max: 32, noNaN: true }),
        }),
        locale: fc.constantFrom('fi', 'sv', 'en'),
        municipalities: fc.subarray(municipalities),
      },
      { requiredKeys: ['by', 'locale'] },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.nat(), options, (count, seed, opts) => {
        const places = generatePlaces(count, seed);
        expect(sortPlaces(places, opts)).toEqual(checkedSortPlaces(places, opts));
      }),
      { numRuns: runs(100) },
    );
  });
});
