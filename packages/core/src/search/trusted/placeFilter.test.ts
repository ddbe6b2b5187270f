import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  PlaceFilter as CheckedPlaceFilter,
  placeFilterParamNames as checkedPlaceFilterParamNames,
} from '../placeFilter.js';
import { type PlaceFilter, placeFilterParamNames } from './placeFilter.js';

describe('PlaceFilter (trusted)', () => {
  it('is the type of the main entry’s PlaceFilter schema', () => {
    expectTypeOf<PlaceFilter>().toEqualTypeOf<CheckedPlaceFilter>();
  });

  it('names a parameter for every key of the schema, the same names as the main entry', () => {
    expect(Object.keys(placeFilterParamNames).sort()).toEqual(Object.keys(CheckedPlaceFilter.shape).sort());
    expect(placeFilterParamNames).toBe(checkedPlaceFilterParamNames);
  });
});
