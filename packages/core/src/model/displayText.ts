import type { ContentLanguage, LocalizedText } from './common.js';

/** Text as shown: the string and the language it is in, so a view can mark it (`lang="sv"`). */
export interface DisplayText {
  text: string;
  lang: ContentLanguage;
}

/** Every language a text may hold, in the order the last step of the rule tries them. */
const ALL: readonly ContentLanguage[] = ['fi', 'sv', 'en', 'se', 'smn', 'sms'];

/**
 * The one display rule for text in Finland's languages: the requested language; else the other
 * national language (Swedish for Finnish, Finnish for Swedish; Finnish, then Swedish, for English
 * or a Sámi language); else English; else whatever the text has. Every text of the model has Finnish
 * or Swedish, so the rule always finds one. It says which language it returned: when that is not the
 * page's, the view marks it (WCAG 2.1, 3.1.2 Language of Parts).
 *
 * @param text - a {@link LocalizedText} (not validated here: this runs for every name on a page)
 * @param language - the language the reader asked for
 * @returns the text and its language
 * @example
 * displayText({ fi: 'Perhekahvila', sv: 'Familjecafé' }, 'sv'); // { text: 'Familjecafé', lang: 'sv' }
 * displayText({ sv: 'Folkhälsan i Österbotten' }, 'fi'); // { text: 'Folkhälsan i Österbotten', lang: 'sv' }
 * displayText({ fi: 'Anár', se: 'Anár', smn: 'Aanaar' }, 'smn'); // { text: 'Aanaar', lang: 'smn' }
 */
export function displayText(text: LocalizedText, language: ContentLanguage): DisplayText {
  const order: ContentLanguage[] = [language];
  if (language === 'fi') order.push('sv');
  else if (language === 'sv') order.push('fi');
  else order.push('fi', 'sv');
  order.push('en', ...ALL);
  for (const lang of order) {
    const value = text[lang];
    if (value !== undefined && value !== '') return { text: value, lang };
  }
  // Only an unvalidated value gets here; say so rather than show nothing.
  throw new TypeError('displayText: the text has no language at all');
}
