import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { runs } from '../../test/runs.js';
import {
  type PlaceIndexOptions as CheckedPlaceIndexOptions,
  createPlaceIndex as checkedCreatePlaceIndex,
} from '../createPlaceIndex.js';
import { generatePlaces, testMunicipalities } from '../fixtures.js';
import { createPlaceIndex, isPlaceIndex, type PlaceIndexOptions } from './createPlaceIndex.js';

describe('createPlaceIndex (trusted)', () => {
  it('takes the options of the main entry’s createPlaceIndex', () => {
    expectTypeOf<PlaceIndexOptions>().toEqualTypeOf<CheckedPlaceIndexOptions>();
  });

  it('indexes valid input as the main entry’s createPlaceIndex does', () => {
    const municipalities = testMunicipalities();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.nat(),
        fc.option(fc.subarray(municipalities), { nil: undefined }),
        (count, seed, lookup) => {
          const places = generatePlaces(count, seed);
          const options = lookup === undefined ? {} : { municipalities: lookup };
          const index = createPlaceIndex(places, options);
          expect(index).toEqual(checkedCreatePlaceIndex(places, options));
          expect(isPlaceIndex(index)).toBe(true);
          expect(isPlaceIndex(places)).toBe(false);
        },
      ),
      { numRuns: runs(100) },
    );
  });
});
