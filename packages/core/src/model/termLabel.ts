import type { Locale, TrilingualText } from './common.js';
import { type DisplayText, displayText } from './displayText.js';
import type { VocabularyTerm } from './region.js';

/**
 * The label of one vocabulary value from one label table: the library's label in the interface
 * language, else the label the region declares (by the display rule), else the value itself. What
 * `vocabularyLabel` does, for a bundle that shows one kind only and should carry only its table.
 *
 * @param table - a label table of the model (`roleLabels`, `partyKindLabels`…)
 * @param value - the value from the file
 * @param locale - the interface language
 * @param terms - the region's own terms of that vocabulary (`region.vocabulary?.role`), if any
 * @returns the label and the language it is in
 * @example
 * termLabel(roleLabels, 'observer', 'sv'); // { text: 'observatör', lang: 'sv' }
 * termLabel(roleLabels, 'clerk', 'fi', [{ id: 'clerk', label: { fi: 'kirjaaja' } }]); // { text: 'kirjaaja', lang: 'fi' }
 */
export function termLabel(
  table: Readonly<Record<string, TrilingualText>>,
  value: string,
  locale: Locale,
  terms?: readonly VocabularyTerm[],
): DisplayText {
  if (Object.hasOwn(table, value)) return { text: (table[value] as TrilingualText)[locale], lang: locale };
  const term = terms?.find((t) => t.id === value);
  if (term !== undefined) return displayText(term.label, locale);
  return { text: value, lang: locale };
}
