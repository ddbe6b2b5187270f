import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/runs.js';
import { placeFilterToParams as checkedPlaceFilterToParams } from '../placeFilterToParams.js';
import type { PlaceFilter } from './placeFilter.js';
import { placeFilterToParams } from './placeFilterToParams.js';

describe('placeFilterToParams (trusted)', () => {
  it('writes the documented example', () => {
    expect(placeFilterToParams({ municipalities: ['681', '178'], openToday: true, text: 'vauva' })).toEqual({
      municipality: '681,178',
      q: 'vauva',
      open: 'today',
    });
  });

  it('writes any valid filter as the main entry’s placeFilterToParams does', () => {
    const filter: fc.Arbitrary<PlaceFilter> = fc.record(
      {
        municipalities: fc.array(fc.stringMatching(/^\d{3}$/), { maxLength: 3 }),
        text: fc.string(),
        audiences: fc.subarray(['families', 'babies', 'everyone'] as const),
        offerings: fc.subarray(['open-activity', 'guidance'] as const),
        weekday: fc.integer({ min: 1, max: 7 }),
        openToday: fc.boolean(),
        languages: fc.array(fc.stringMatching(/^[a-z]{2,3}$/), { maxLength: 3 }),
        accessibility: fc.subarray(['lift', 'parking'] as const),
        includeExamples: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filter, (f) => {
        expect(placeFilterToParams(f)).toEqual(checkedPlaceFilterToParams(f));
      }),
      { numRuns: runs(200) },
    );
  });
});
