import * as z from 'zod/mini';
import {
  Coordinates,
  DateRange,
  FreeText,
  Id,
  IsoDate,
  LanguageCode,
  LocalizedText,
  LocalTime,
  MunicipalityCode,
  NonEmptyText,
  SourceRef,
  vocabularyValue,
  Weekday,
} from './common.js';
import { PartyKind } from './party.js';
import { Role } from './person.js';
import { matches } from '../validation/formats.js';
import { modelRule } from '../validation/modelRule.js';
import { WebUrl } from './webUrl.js';
import { accessibilityFeatureValues, audienceValues, offeringValues } from './enumValues.js';

/** Who a meeting place or an activity is for. */
export const Audience = z.enum(audienceValues);
export type Audience = z.infer<typeof Audience>;

/**
 * What a meeting place offers (001 §11, 002): avoin toiminta (open activity), perhekerho (family club),
 * vertaistuki (peer support), varhainen tuki (early support), palveluiden jalkautuminen (services
 * brought to families), ohjaus ja neuvonta (guidance), vapaaehtoistoiminta (volunteering).
 */
export const Offering = z.enum(offeringValues);
export type Offering = z.infer<typeof Offering>;

/** Accessibility features a family may need to know before coming. */
export const AccessibilityFeature = z.enum(accessibilityFeatureValues);
export type AccessibilityFeature = z.infer<typeof AccessibilityFeature>;

/** A regular weekly activity: weekday and Helsinki wall-clock hours, valid for a span of dates. */
export const WeeklyActivity = z
  .strictObject({
    id: Id,
    name: LocalizedText,
    offering: Offering,
    audiences: z.optional(z.array(Audience)),
    weekday: Weekday,
    start: LocalTime,
    end: LocalTime,
    /** Every week, or odd/even ISO weeks only. */
    weeks: z.optional(z.enum(['every', 'odd', 'even'])),
    validFrom: z.optional(IsoDate),
    validTo: z.optional(IsoDate),
    note: z.optional(LocalizedText),
  })
  .check(
    z.refine(
      (a) => a.start < a.end,
      modelRule('activity-ends-before-start', 'The activity ends before it starts', ['end']),
    ),
    z.refine(
      (a) => !a.validFrom || !a.validTo || a.validFrom <= a.validTo,
      modelRule('valid-to-before-valid-from', 'validTo is before validFrom', ['validTo']),
    ),
  );
export type WeeklyActivity = z.infer<typeof WeeklyActivity>;

/** A day when the hours differ: closed, or open at other hours (for one activity or all). */
export const HoursException = z
  .strictObject({
    date: IsoDate,
    closed: z.boolean(),
    start: z.optional(LocalTime),
    end: z.optional(LocalTime),
    activityId: z.optional(Id),
    note: z.optional(LocalizedText),
  })
  .check(
    z.refine(
      (e) => e.closed || (e.start !== undefined && e.end !== undefined && e.start < e.end),
      modelRule('exception-hours', 'An open exception needs start and end, start before end', ['start']),
    ),
  );
export type HoursException = z.infer<typeof HoursException>;

/** A work contact of a meeting place: a role and a post or name, with work email/phone only. */
export const PlaceContact = z.strictObject({
  role: vocabularyValue(Role),
  name: z.optional(FreeText),
  title: z.optional(LocalizedText),
  partyId: z.optional(Id),
  workEmail: z.optional(z.email()),
  workPhone: z.optional(z.string().check(matches('invalid-phone'))),
});
export type PlaceContact = z.infer<typeof PlaceContact>;

/** A finished evaluation of the place ("Kaikkien perheiden paikka" peer or self evaluation, 002). */
export const PlaceEvaluation = z.strictObject({
  year: z.int().check(z.gte(2000), z.lte(2200)),
  kind: z.enum(['meeting-place-peer-evaluation', 'meeting-place-self-evaluation']),
  note: z.optional(LocalizedText),
});
export type PlaceEvaluation = z.infer<typeof PlaceEvaluation>;

/**
 * avoin kohtaamispaikka → `MeetingPlace`: an open meeting place for families (001 §11, 002), at least
 * one in every municipality. `example: true` marks invented example rows, which must be shown as such.
 */
export const MeetingPlace = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  municipalityCode: MunicipalityCode,
  /** Parties that run the activity. */
  organiserIds: z.array(Id),
  premises: z.optional(
    z.strictObject({
      /** Whose premises: the parish, the municipality… */
      ownerKind: z.optional(vocabularyValue(PartyKind)),
      ownerId: z.optional(Id),
      description: z.optional(LocalizedText),
    }),
  ),
  address: z.optional(
    z.strictObject({
      street: NonEmptyText,
      postalCode: z.string().check(matches('invalid-postal-code')),
      postOffice: LocalizedText,
    }),
  ),
  coordinates: z.optional(Coordinates),
  audiences: z.array(Audience),
  offerings: z.array(Offering),
  languages: z.array(LanguageCode),
  accessibility: z.array(AccessibilityFeature),
  contacts: z.array(PlaceContact),
  activities: z.array(WeeklyActivity),
  exceptions: z.optional(z.array(HoursException)),
  /** When the place operates; absent means it operates whenever its activities are valid. */
  operating: z.optional(DateRange),
  evaluations: z.optional(z.array(PlaceEvaluation)),
  web: z.optional(WebUrl),
  example: z.optional(z.boolean()),
  source: SourceRef,
});
export type MeetingPlace = z.infer<typeof MeetingPlace>;
