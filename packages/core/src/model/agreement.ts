import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, SourceRef } from './common.js';
import { PartyKind } from './party.js';

/** The outcome of a decision: approved, proposed onwards to another body, rejected, or tabled. */
export const DecisionOutcome = z.enum(['approved', 'proposed', 'rejected', 'tabled']);
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

/**
 * päätös → `Decision`: how a party's body decided on the agreement, e.g. Rantasalmi HYSIVLTK
 * 29.09.2025 § 85 (000).
 */
export const Decision = z.strictObject({
  partyId: Id,
  body: z.strictObject({
    /** The abbreviation used in minutes (KHALL, SIVLTK). */
    abbreviation: z.optional(z.string()),
    name: LocalizedText,
  }),
  date: IsoDate,
  /** The section (pykälä) number in the minutes. */
  section: z.int().check(z.gte(1)),
  /** The register or case number (diaarinumero). */
  caseNumber: z.optional(z.string()),
  outcome: DecisionOutcome,
  /** Decided by electronic decision-making. */
  electronic: z.optional(z.boolean()),
  /** The post authorised to sign on the party's behalf. */
  authorisedSignatory: z.optional(LocalizedText),
  summary: z.optional(LocalizedText),
  source: SourceRef,
});
export type Decision = z.infer<typeof Decision>;

/** allekirjoitus → `Signature`: a party's signature of the agreement. */
export const Signature = z.strictObject({
  partyId: Id,
  date: IsoDate,
  /** The post of the person who signed. */
  signatory: z.optional(LocalizedText),
  method: z.optional(z.enum(['electronic', 'paper'])),
  source: SourceRef,
});
export type Signature = z.infer<typeof Signature>;

/** A document the agreement rests on (tausta-asiakirja), e.g. the wellbeing plan. */
export const BackgroundDocument = z.strictObject({
  title: LocalizedText,
  url: z.optional(z.string().check(z.url())),
});
export type BackgroundDocument = z.infer<typeof BackgroundDocument>;

/**
 * yhteistyösopimus / kumppanuussopimus → `Agreement`: the cooperation agreement of a wellbeing county
 * for a period. `partyList` says whether `parties` is the whole list or only what the sources name.
 */
export const Agreement = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
    countyId: Id,
    title: LocalizedText,
    period: z.strictObject({ start: IsoDate, end: IsoDate }),
    parties: z.array(Id),
    partyList: z.enum(['complete', 'partial']),
    /** The kinds of party the sources say take part, when the list itself is partial. */
    partyKinds: z.optional(z.array(PartyKind)),
    decisions: z.array(Decision),
    signatures: z.array(Signature),
    backgroundDocuments: z.array(BackgroundDocument),
    /** Last day (MM-DD) of a year for notice that ends the agreement that year (001 §21: 06-30). */
    noticeDeadline: z.optional(z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/))),
    source: SourceRef,
  })
  .check(
    z.refine((a) => a.period.start <= a.period.end, {
      message: 'The period ends before it starts',
      path: ['period', 'end'],
    }),
  );
export type Agreement = z.infer<typeof Agreement>;
