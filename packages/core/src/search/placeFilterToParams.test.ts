import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccessibilityFeature, Audience, Offering } from '../model/meeting-place.js';
import { ValidationError } from '../validation/parseInput.js';
import { runs } from '../test/runs.js';
import { parsePlaceFilter } from './parsePlaceFilter.js';
import type { PlaceFilter } from './placeFilter.js';
import { placeFilterToParams } from './placeFilterToParams.js';

/** Filters without no-op values: non-empty lists without duplicates, trimmed non-empty text. */
function canonicalFilter(): fc.Arbitrary<PlaceFilter> {
  const list = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1 });
  return fc.record(
    {
      municipalities: fc.uniqueArray(fc.stringMatching(/^\d{3}$/), { minLength: 1, maxLength: 4 }),
      text: fc
        .string({ minLength: 1 })
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
      audiences: list(Audience.options),
      offerings: list(Offering.options),
      weekday: fc.integer({ min: 1, max: 7 }),
      openToday: fc.constant(true),
      languages: fc.uniqueArray(fc.stringMatching(/^[a-z]{2,3}$/), { minLength: 1, maxLength: 3 }),
      accessibility: list(AccessibilityFeature.options),
      includeExamples: fc.constant(true),
    },
    { requiredKeys: [] },
  );
}

describe('placeFilterToParams', () => {
  it('writes lists comma-separated in a fixed key order', () => {
    const params = placeFilterToParams({ openToday: true, municipalities: ['681', '178'], text: 'vauva' });
    expect(params).toEqual({ municipality: '681,178', q: 'vauva', open: 'today' });
    expect(Object.keys(params)).toEqual(['municipality', 'q', 'open']);
  });

  it('leaves out values that filter nothing', () => {
    expect(placeFilterToParams({ municipalities: [], text: '  ', openToday: false, includeExamples: false })).toEqual(
      {},
    );
  });

  it('throws a ValidationError for an invalid filter', () => {
    expect(() => placeFilterToParams({ weekday: 9 })).toThrow(ValidationError);
    expect(() => placeFilterToParams({ colour: 'red' } as unknown as PlaceFilter)).toThrow(/colour/);
  });

  it('round-trips through a URL query string', () => {
    fc.assert(
      fc.property(canonicalFilter(), (filter) => {
        const query = new URLSearchParams(placeFilterToParams(filter)).toString();
        const { filter: back, issues } = parsePlaceFilter(new URLSearchParams(query));
        expect(issues).toEqual([]);
        expect(back).toEqual(filter);
      }),
      { numRuns: runs(300) },
    );
  });

  it('round-trips through attributes', () => {
    fc.assert(
      fc.property(canonicalFilter(), (filter) => {
        expect(parsePlaceFilter(placeFilterToParams(filter)).filter).toEqual(filter);
      }),
      { numRuns: runs(300) },
    );
  });
});
