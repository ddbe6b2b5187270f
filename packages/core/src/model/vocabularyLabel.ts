import type { Locale, TrilingualText } from './common.js';
import type { DisplayText } from './displayText.js';
import {
  decisionOutcomeLabels,
  evaluationKindLabels,
  groupKindLabels,
  partyKindLabels,
  roleLabels,
} from './labelTables.js';
import type { Vocabulary } from './region.js';
import { termLabel } from './termLabel.js';

/** The vocabularies a region may add to: party kinds, group kinds, evaluation kinds, roles, decision outcomes. */
export type VocabularyKind = keyof Vocabulary;

const TABLES: Record<VocabularyKind, Record<string, TrilingualText>> = {
  partyKind: partyKindLabels,
  groupKind: groupKindLabels,
  evaluationKind: evaluationKindLabels,
  role: roleLabels,
  decisionOutcome: decisionOutcomeLabels,
};

/**
 * The label of a vocabulary value, whether the library knows it or the region declares it: the
 * library's own label in the interface language, else the region's label by the display rule
 * (`displayText`), else the value itself, so an undeclared kind still shows as what the file says.
 * It carries all five label tables; a bundle that shows one kind uses `termLabel` with that table.
 *
 * @param kind - which vocabulary (`'partyKind'`, `'groupKind'`, `'evaluationKind'`, `'role'`, `'decisionOutcome'`)
 * @param value - the value from the file
 * @param locale - the interface language
 * @param vocabulary - the region's own `vocabulary`, if any
 * @returns the label and the language it is in
 * @example
 * vocabularyLabel('partyKind', 'state-agency', 'sv'); // { text: 'statlig myndighet', lang: 'sv' }
 * vocabularyLabel('groupKind', 'family-council', 'fi', {
 *   groupKind: [{ id: 'family-council', label: { sv: 'Familjerådet' } }],
 * }); // { text: 'Familjerådet', lang: 'sv' }
 */
export function vocabularyLabel(
  kind: VocabularyKind,
  value: string,
  locale: Locale,
  vocabulary?: Vocabulary,
): DisplayText {
  return termLabel(TABLES[kind], value, locale, vocabulary?.[kind]);
}
