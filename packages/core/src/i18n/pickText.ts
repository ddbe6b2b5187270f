import type { Locale } from '../model/common.js';
import { type DisplayText, displayText } from '../model/displayText.js';
import type { IssueText } from '../validation/dataIssue.js';

/**
 * Internal: a name quoted in an issue, in the reader's language by the one display rule, with the
 * language it is in; undefined when there is none.
 *
 * @param text - the name in the languages the data has it
 * @param locale - the reader's language
 * @returns the text to show and its language, or undefined
 * @example
 * pickText({ fi: 'Närpiö', sv: 'Närpes' }, 'sv'); // { text: 'Närpes', lang: 'sv' }
 */
export function pickText(text: IssueText | undefined, locale: Locale): DisplayText | undefined {
  if (text === undefined || !Object.values(text).some((value) => value)) return undefined;
  return displayText(text, locale);
}
