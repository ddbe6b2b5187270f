import * as z from 'zod/mini';
import { LanguageCode, MunicipalityCode, Weekday } from '../model/common.js';
import { AccessibilityFeature, Audience, Offering } from '../model/meeting-place.js';

/**
 * What a family is looking for in the meeting-place finder. Every key is optional; an absent key
 * does not filter. Dimensions combine with AND; within a list (`audiences: ['babies', 'families']`)
 * a place matches when it has ANY of the values. See {@link filterPlaces} for each dimension's rule.
 */
export const PlaceFilter = z.strictObject({
  /** Places in any of these municipalities. */
  municipalities: z.optional(z.array(MunicipalityCode)),
  /** Free text: every whitespace-separated term must occur, case- and diacritic-insensitively. */
  text: z.optional(z.string()),
  audiences: z.optional(z.array(Audience)),
  offerings: z.optional(z.array(Offering)),
  /** Places with an activity on this ISO weekday (1 = Monday), still valid today or later. */
  weekday: z.optional(Weekday),
  /** Places with an opening on `today`. */
  openToday: z.optional(z.boolean()),
  /** Places where staff speak any of these languages. */
  languages: z.optional(z.array(LanguageCode)),
  /** Places with any of these accessibility features. */
  accessibility: z.optional(z.array(AccessibilityFeature)),
  /** Show invented example rows (`example: true`) too; they are hidden unless this is `true`. */
  includeExamples: z.optional(z.boolean()),
});
export type PlaceFilter = z.infer<typeof PlaceFilter>;

// The attribute / URL query parameter of each key (`?municipality=681,178&open=today`): zod-free, for
// `@perhekeskus/core/trusted` too.
export { placeFilterParamNames } from './trusted/placeFilter.js';
