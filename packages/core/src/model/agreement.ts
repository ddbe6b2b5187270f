import * as z from 'zod/mini';
import { FreeText, Id, IsoDate, LocalizedText, NonEmptyText, SourceRef, vocabularyValue } from './common.js';
import { WebUrl } from './webUrl.js';
import { PartyKind } from './party.js';
import { matches } from '../validation/formats.js';
import { modelRule } from '../validation/modelRule.js';

/**
 * The outcome of a decision: approved, proposed onwards to another body, rejected, tabled, or
 * returned for preparation (palautettiin valmisteluun).
 */
export const DecisionOutcome = z.enum(['approved', 'proposed', 'rejected', 'tabled', 'returned-for-preparation']);
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

/** A section written as text: `23`, `23 a`, `§ 23 a`. */
const Section = z.string().check(matches('invalid-section'));

/**
 * päätös → `Decision`: how a party's body decided on the agreement, e.g. Rantasalmi HYSIVLTK
 * 29.09.2025 § 85 (000).
 */
export const Decision = z.strictObject({
  partyId: Id,
  body: z.strictObject({
    /** The abbreviation used in minutes (KHALL, SIVLTK). */
    abbreviation: z.optional(FreeText),
    name: LocalizedText,
  }),
  date: IsoDate,
  /** The section (pykälä) of the minutes: `85`, or with a letter, `'23 a'` (a `§` in front is allowed). */
  section: z.union([z.int().check(z.gte(1)), Section]),
  /** The register or case number (diaarinumero). */
  caseNumber: z.optional(FreeText),
  /** A {@link DecisionOutcome}, or an outcome the region declares in its `vocabulary`. */
  outcome: vocabularyValue(DecisionOutcome),
  /** Decided by electronic decision-making. */
  electronic: z.optional(z.boolean()),
  /** The post authorised to sign on the party's behalf. */
  authorisedSignatory: z.optional(LocalizedText),
  summary: z.optional(LocalizedText),
  source: SourceRef,
});
export type Decision = z.infer<typeof Decision>;

/**
 * allekirjoitus → `Signature`: a party's signature of the agreement. Without a `date` it is pending:
 * the party has authorised its signer (`signatory`) but has not signed yet.
 */
export const Signature = z.strictObject({
  partyId: Id,
  /** When the party signed; absent while the signature is pending. */
  date: z.optional(IsoDate),
  /** The post of the person who signs or signed (nimenkirjoitusoikeudellinen edustaja). */
  signatory: z.optional(LocalizedText),
  /** The signer's name, when the file records it. */
  signatoryName: z.optional(NonEmptyText),
  method: z.optional(z.enum(['electronic', 'paper'])),
  source: SourceRef,
});
export type Signature = z.infer<typeof Signature>;

/** A document the agreement rests on (tausta-asiakirja), e.g. the wellbeing plan. */
export const BackgroundDocument = z.strictObject({
  title: LocalizedText,
  url: z.optional(WebUrl),
});
export type BackgroundDocument = z.infer<typeof BackgroundDocument>;

/** A day of the year as `MM-DD` (`06-30`). */
const MonthDay = z.string().check(matches('invalid-day-of-year'));

/**
 * irtisanomisehto → `TerminationRule`: when notice ends the agreement.
 * - `year-end`: notice given by `deadline` (`MM-DD`) ends the agreement at the end of the year
 *   `yearsAfter` years after the notice (0: that same year); later notice ends it a year later still.
 *   Etelä-Savo's 001 §21 is `{ kind: 'year-end', deadline: '06-30' }`; "notice by 30 September ends
 *   the agreement at the end of the following year" is `{ kind: 'year-end', deadline: '09-30', yearsAfter: 1 }`.
 * - `notice-period`: the agreement ends `months` calendar months after the day of notice.
 */
export const TerminationRule = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('year-end'),
    deadline: MonthDay,
    yearsAfter: z.optional(z.int().check(z.gte(0), z.lte(10))),
  }),
  z.strictObject({
    kind: z.literal('notice-period'),
    months: z.int().check(z.gte(1), z.lte(120)),
  }),
]);
export type TerminationRule = z.infer<typeof TerminationRule>;

/**
 * irtisanominen → `Notice`: a party's notice of termination. The party leaves the agreement at the
 * end the termination rule gives (`terminationEndDate`), unless `endDate` records another agreed end.
 */
export const Notice = z.strictObject({
  partyId: Id,
  /** The day notice was given. */
  date: IsoDate,
  /** The party's last day in the agreement, when agreed otherwise than by the rule. */
  endDate: z.optional(IsoDate),
  source: SourceRef,
});
export type Notice = z.infer<typeof Notice>;

/**
 * yhteistyösopimus / kumppanuussopimus → `Agreement`: the cooperation agreement of a wellbeing county
 * for a period, or until further notice (no `period.end`). `partyList` says whether `parties` is the
 * whole list or only what the sources name.
 */
export const Agreement = z
  .strictObject({
    id: z.string().check(matches('invalid-id')),
    countyId: Id,
    title: LocalizedText,
    /** The agreement period; without `end` the agreement runs until it is terminated. */
    period: z.strictObject({ start: IsoDate, end: z.optional(IsoDate) }),
    parties: z.array(Id),
    partyList: z.enum(['complete', 'partial']),
    /** The kinds of party the sources say take part, when the list itself is partial. */
    partyKinds: z.optional(z.array(vocabularyValue(PartyKind))),
    decisions: z.array(Decision),
    signatures: z.array(Signature),
    backgroundDocuments: z.array(BackgroundDocument),
    /** When notice ends the agreement. */
    termination: z.optional(TerminationRule),
    /**
     * Deprecated: `termination: { kind: 'year-end', deadline }` says the same. The last day (MM-DD) of
     * a year for notice that ends the agreement that year. `perhekeskus migrate` rewrites it.
     */
    noticeDeadline: z.optional(MonthDay),
    /** Notices of termination given by parties. */
    notices: z.optional(z.array(Notice)),
    source: SourceRef,
  })
  .check(
    z.refine(
      (a) => a.period.end === undefined || a.period.start <= a.period.end,
      modelRule('period-ends-before-start', 'The period ends before it starts', ['period', 'end']),
    ),
    z.refine(
      (a) => a.termination === undefined || a.noticeDeadline === undefined,
      modelRule('termination-twice', 'Give termination or the deprecated noticeDeadline, not both', ['noticeDeadline']),
    ),
  );
export type Agreement = z.infer<typeof Agreement>;
