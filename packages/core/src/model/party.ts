import * as z from 'zod/mini';
import { Id, LocalizedText, MunicipalityCode, SourceRef, vocabularyValue } from './common.js';
import { partyKindValues } from './enumValues.js';

/** What kind of organisation a party (sopijaosapuoli) is. */
export const PartyKind = z.enum(partyKindValues);
export type PartyKind = z.infer<typeof PartyKind>;

/** sopijaosapuoli → `Party`: an organisation that signs the cooperation agreement. */
export const Party = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** A {@link PartyKind}, or a kind the region declares in its `vocabulary`. */
  kind: vocabularyValue(PartyKind),
  /** For municipalities: the municipality they are. */
  municipalityCode: z.optional(MunicipalityCode),
  /** Ended or merged organisations say so here (Essote and Sosteri became the wellbeing county). */
  note: z.optional(LocalizedText),
  source: SourceRef,
});
export type Party = z.infer<typeof Party>;
