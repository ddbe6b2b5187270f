import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { LanguageCode, MunicipalityCode } from '../../model/common.js';
import { AccessibilityFeature, Audience, Offering } from '../../model/meeting-place.js';
import { runs } from '../../test/runs.js';
import { parsePlaceFilter as mainParsePlaceFilter } from '../parsePlaceFilter.js';
import { PlaceFilter } from '../placeFilter.js';
import { parsePlaceFilter } from './parsePlaceFilter.js';

// The trusted parser checks values without zod: these tests hold it to the model's schemas.
const LISTS = [
  { param: 'municipality', schema: MunicipalityCode },
  { param: 'audience', schema: Audience },
  { param: 'offering', schema: Offering },
  { param: 'lang', schema: LanguageCode },
  { param: 'access', schema: AccessibilityFeature },
] as const;

/** One list item: no separator (whitespace or comma) and not empty. */
const item = fc
  .oneof(
    fc.stringMatching(/^\d{1,4}$/),
    fc.stringMatching(/^[a-zA-Z]{1,4}$/),
    fc.constantFrom(...Audience.options, ...Offering.options, ...AccessibilityFeature.options, 'FAMILIES', 'Sv'),
    fc.string({ maxLength: 6 }),
  )
  .filter((s) => s !== '' && !/[\s,]/.test(s));

describe('parsePlaceFilter (trusted)', () => {
  it('reads the documented example', () => {
    expect(parsePlaceFilter(new URLSearchParams('municipality=681,17&audience=families&open=today'))).toEqual({
      filter: { municipalities: ['681'], audiences: ['families'], openToday: true },
      issues: [{ param: 'municipality', value: '17', code: 'invalid-format', expected: 'municipality-code' }],
    });
  });

  it('keeps a list value exactly when the model’s schema accepts it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LISTS), item, ({ param, schema }, value) => {
        const { filter, issues } = parsePlaceFilter({ [param]: value });
        const accepted = z.safeParse(schema as z.ZodMiniType<string>, value.toLowerCase()).success;
        expect(Object.keys(filter).length === 1, `${param}=${value}`).toBe(accepted);
        expect(issues.length === 0).toBe(accepted);
      }),
      { numRuns: runs(300) },
    );
  });

  it('always returns a filter the PlaceFilter schema accepts, as the main entry does', () => {
    const keys = fc.constantFrom(
      'municipality',
      'q',
      'audience',
      'offering',
      'weekday',
      'open',
      'lang',
      'access',
      'examples',
    );
    const value = fc
      .array(fc.oneof(item, fc.constantFrom('today', '3', 'yes', '0')), { maxLength: 3 })
      .map((v) => v.join(','));
    fc.assert(
      fc.property(fc.dictionary(keys, value), (record) => {
        const parsed = parsePlaceFilter(record);
        expect(z.safeParse(PlaceFilter, parsed.filter).success).toBe(true);
        expect(parsed).toEqual(mainParsePlaceFilter(new URLSearchParams(record)));
      }),
      { numRuns: runs(200) },
    );
  });
});
