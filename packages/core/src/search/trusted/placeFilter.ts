import type { LanguageCode, MunicipalityCode, Weekday } from '../../model/common.js';
import type { AccessibilityFeature, Audience, Offering } from '../../model/meeting-place.js';

/**
 * What a family is looking for in the meeting-place finder, as a type only: the main entry's
 * `PlaceFilter` schema checks exactly this shape. Every key is optional; an absent key does not
 * filter. Dimensions combine with AND; within a list a place matches when it has ANY of the values.
 */
export interface PlaceFilter {
  /** Places in any of these municipalities. */
  municipalities?: MunicipalityCode[] | undefined;
  /** Free text: every whitespace-separated term must occur, case- and diacritic-insensitively. */
  text?: string | undefined;
  audiences?: Audience[] | undefined;
  offerings?: Offering[] | undefined;
  /** Places with an activity on this ISO weekday (1 = Monday), still valid today or later. */
  weekday?: Weekday | undefined;
  /** Places with an opening on `today`. */
  openToday?: boolean | undefined;
  /** Places where staff speak any of these languages. */
  languages?: LanguageCode[] | undefined;
  /** Places with any of these accessibility features. */
  accessibility?: AccessibilityFeature[] | undefined;
  /** Show invented example rows (`example: true`) too; they are hidden unless this is `true`. */
  includeExamples?: boolean | undefined;
}

/**
 * The attribute / URL query parameter for each {@link PlaceFilter} key, e.g.
 * `?municipality=681,178&audience=families&weekday=2&open=today&lang=sv&q=perhekahvila`.
 * List values are comma-separated.
 */
export const placeFilterParamNames = {
  municipalities: 'municipality',
  text: 'q',
  audiences: 'audience',
  offerings: 'offering',
  weekday: 'weekday',
  openToday: 'open',
  languages: 'lang',
  accessibility: 'access',
  includeExamples: 'examples',
} as const satisfies Record<keyof PlaceFilter, string>;
