import type { Locale, LocalizedText } from '../model/common.js';
import { displayText } from '../model/displayText.js';
import { escapeHtml } from './escapeHtml.js';

/**
 * A localized text as fragment HTML: the text in the fragment's language (or the nearest one there
 * is, as `displayText` picks), escaped, and wrapped in `<span lang="…">` when it is in another
 * language, so a screen reader reads it with the right voice.
 *
 * @param text - a localized text of the data
 * @param locale - the fragment's language
 * @returns escaped HTML
 * @example
 * fragmentText({ sv: 'Familjecafé <3' }, 'fi'); // '<span lang="sv">Familjecafé &lt;3</span>'
 * fragmentText({ fi: 'Perhekahvila' }, 'fi'); // 'Perhekahvila'
 */
export function fragmentText(text: LocalizedText, locale: Locale): string {
  const shown = displayText(text, locale);
  const escaped = escapeHtml(shown.text);
  return shown.lang === locale ? escaped : `<span lang="${shown.lang}">${escaped}</span>`;
}
