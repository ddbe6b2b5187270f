import { Locale } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { filterParamMessages } from './filterParamMessages.js';
import type { FilterParamIssue } from './parsePlaceFilter.js';

/**
 * A sentence in Finnish, Swedish or English saying which attribute or URL parameter value
 * `parsePlaceFilter` ignored and what would have been accepted.
 *
 * @param issue - an issue from `parsePlaceFilter`
 * @param locale - `fi`, `sv` or `en`
 * @returns the message
 * @example
 * filterIssueMessage({ param: 'municipality', value: '68', code: 'invalid-format', expected: 'municipality-code' }, 'fi');
 * // 'Asetus municipality=”68” ohitettiin: kuntakoodin pitää olla Tilastokeskuksen kolminumeroinen koodi (esim. 681).'
 */
export function filterIssueMessage(issue: FilterParamIssue, locale: Locale): string {
  return filterParamMessages[parseInput(Locale, locale, 'locale')](issue);
}
