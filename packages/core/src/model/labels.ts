import * as z from 'zod/mini';
import type { Locale, TrilingualText } from './common.js';
import { Locale as LocaleSchema } from './common.js';
import {
  accessibilityFeatureLabels,
  activityWeeksLabels,
  audienceLabels,
  cadenceKindLabels,
  decisionOutcomeLabels,
  digitalServiceAudienceLabels,
  evaluationKindLabels,
  groupKindLabels,
  groupLevelLabels,
  localeLabels,
  meetingModeLabels,
  memberCategoryLabels,
  offeringLabels,
  partyKindLabels,
  partyListLabels,
  roleLabels,
  signatureMethodLabels,
} from './labelTables.js';
import { parseInput } from '../validation/parseInput.js';

export type { ActivityWeeks } from './meetingPlaceLabels.js';
export type { CadenceKind, DigitalServiceAudience, PartyList, SignatureMethod } from './labelTables.js';

/**
 * Every label table of the model by name (see labelTables.ts): Finnish, Swedish and English for every
 * enum value. Import a single table (`audienceLabels`…) instead when only that one is needed.
 */
export const labels = {
  partyKind: partyKindLabels,
  role: roleLabels,
  memberCategory: memberCategoryLabels,
  decisionOutcome: decisionOutcomeLabels,
  groupKind: groupKindLabels,
  groupLevel: groupLevelLabels,
  evaluationKind: evaluationKindLabels,
  meetingMode: meetingModeLabels,
  audience: audienceLabels,
  offering: offeringLabels,
  accessibilityFeature: accessibilityFeatureLabels,
  signatureMethod: signatureMethodLabels,
  digitalServiceAudience: digitalServiceAudienceLabels,
  activityWeeks: activityWeeksLabels,
  partyList: partyListLabels,
  cadenceKind: cadenceKindLabels,
  locale: localeLabels,
};

/** The name of one label table: `'partyKind'`, `'role'`, `'meetingMode'`… */
export type LabelKind = keyof typeof labels;

/** The values a label table knows, e.g. `LabelValue<'meetingMode'>` = `'in-person' | 'remote' | 'hybrid'`. */
export type LabelValue<K extends LabelKind> = keyof (typeof labels)[K] & string;

// The schemas are built on first use: importing one table (or `labels`) must not build them, so that
// bundlers can drop every table a bundle does not read.
type ValueSchema = z.ZodMiniEnum<{ [value: string]: string }>;
const buildKindSchema = () => z.enum(Object.keys(labels) as [LabelKind, ...LabelKind[]]);
let kindSchema: ReturnType<typeof buildKindSchema> | undefined;
let valueSchemas: Map<LabelKind, ValueSchema> | undefined;

function valueSchema(kind: LabelKind): ValueSchema {
  valueSchemas ??= new Map();
  let schema = valueSchemas.get(kind);
  if (!schema) {
    schema = z.enum(Object.keys(labels[kind]) as [string, ...string[]]);
    valueSchemas.set(kind, schema);
  }
  return schema;
}

/**
 * The label of one enum value in one interface language.
 *
 * @param kind - which table to read (`'meetingMode'`, `'partyKind'`, …)
 * @param value - the enum value (`'in-person'`)
 * @param locale - `'fi'`, `'sv'` or `'en'`
 * @returns the label text
 * @throws ValidationError when the kind, the value or the locale is unknown
 * @example
 * label('meetingMode', 'in-person', 'sv'); // 'möte på plats'
 * label('partyKind', 'wellbeing-county', 'en'); // 'wellbeing services county'
 */
export function label<K extends LabelKind>(kind: K, value: LabelValue<K>, locale: Locale): string {
  kindSchema ??= buildKindSchema();
  const k = parseInput(kindSchema, kind, 'kind');
  const v = parseInput(valueSchema(k), value, 'value');
  const l = parseInput(LocaleSchema, locale, 'locale');
  const table = labels[k] as Record<string, TrilingualText>;
  return table[v]![l];
}
