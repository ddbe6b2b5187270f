import type { TrilingualText } from '../model/common.js';
import { evaluationKindLabels } from '../model/labelTables.js';

/**
 * Internal: `Kohtaamispaikan vertaisarviointi`, an evaluation kind's label with a capital first
 * letter; undefined for a kind the library does not know (one a region declares).
 */
export function evaluationKindText(kind: string): TrilingualText | undefined {
  if (!Object.hasOwn(evaluationKindLabels, kind)) return undefined;
  const label = evaluationKindLabels[kind as keyof typeof evaluationKindLabels];
  const capital = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  return { fi: capital(label.fi, 'fi'), sv: capital(label.sv, 'sv'), en: capital(label.en, 'en') };
}
