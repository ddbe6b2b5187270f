import type { TrilingualText } from '../model/common.js';
import type { EvaluationKind } from '../model/evaluation.js';
import { evaluationKindLabels } from '../model/labelTables.js';

/** Internal: `Kohtaamispaikan vertaisarviointi`, an evaluation kind's label with a capital first letter. */
export function evaluationKindText(kind: EvaluationKind): TrilingualText {
  const label = evaluationKindLabels[kind];
  const capital = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  return { fi: capital(label.fi, 'fi'), sv: capital(label.sv, 'sv'), en: capital(label.en, 'en') };
}
