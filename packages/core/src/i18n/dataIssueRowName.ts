import type { Locale } from '../model/common.js';
import type { DisplayText } from '../model/displayText.js';
import type { DataIssueRow } from '../validation/dataIssue.js';
import { pickText } from './pickText.js';

/**
 * The name of the row an issue is in, in the reader's language when the data has it (by the one
 * display rule, `displayText`), with the language it is in, so a view can mark it (`lang="sv"`).
 * `dataIssueMessage` names the row the same way. An issue keeps the name in every language the data
 * gives, so the same issues can be worded again when the page's language changes.
 *
 * @param row - the `row` of a `DataIssue`
 * @param locale - the reader's language
 * @returns the name and its language, or undefined when the row has no name
 * @example
 * dataIssueRowName({ section: 'places', index: 1, name: { fi: 'Perhekahvila', sv: 'Familjecaféet' } }, 'sv');
 * // { text: 'Familjecaféet', lang: 'sv' }
 */
export function dataIssueRowName(row: DataIssueRow | undefined, locale: Locale): DisplayText | undefined {
  return pickText(row?.name, locale);
}
