import * as z from 'zod/mini';
import { Agreement } from './agreement.js';
import { CustomKind, FreeText, Id, LocalizedText, MunicipalityCode, SourceRef } from './common.js';
import { EvaluationActivity } from './evaluation.js';
import { Group } from './group.js';
import { MeetingPlace } from './meeting-place.js';
import { municipalityFromReference } from './municipalityFromReference.js';
import { Party } from './party.js';
import { Person, RoleAssignment } from './person.js';
import { FamilyCentreArea, Municipality, WellbeingCounty } from './place.js';
import { WebUrl } from './webUrl.js';
import { YearClock } from './year-clock.js';

/** sähköinen perhekeskus → `DigitalService`: an online family-centre service (Omaperhe.fi…). */
export const DigitalService = z.strictObject({
  id: Id,
  name: FreeText,
  url: WebUrl,
  audience: z.enum(['families', 'young-people', 'professionals']),
  description: z.optional(LocalizedText),
  source: SourceRef,
});
export type DigitalService = z.infer<typeof DigitalService>;

/** A kind the region uses that the library does not know, with its own labels. */
export const VocabularyTerm = z.strictObject({
  id: CustomKind,
  label: LocalizedText,
  description: z.optional(LocalizedText),
});
export type VocabularyTerm = z.infer<typeof VocabularyTerm>;

/**
 * sanasto → `Vocabulary`: the kinds a region adds to the library's own, so the next county is not
 * blocked on a release: party kinds, group kinds, evaluation kinds, roles and decision outcomes.
 */
export const Vocabulary = z.strictObject({
  partyKind: z.optional(z.array(VocabularyTerm)),
  groupKind: z.optional(z.array(VocabularyTerm)),
  evaluationKind: z.optional(z.array(VocabularyTerm)),
  role: z.optional(z.array(VocabularyTerm)),
  decisionOutcome: z.optional(z.array(VocabularyTerm)),
});
export type Vocabulary = z.infer<typeof Vocabulary>;

/**
 * A municipality of a region file: a full {@link Municipality}, or just its code (`"681"`), whose
 * names then come from the national reference data. A code that is no municipality of Finland fails.
 */
export const RegionMunicipality = z.pipe(
  z.union([MunicipalityCode, Municipality]),
  z.transform((value, ctx): Municipality => {
    if (typeof value !== 'string') return value;
    const municipality = municipalityFromReference(value);
    if (municipality === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: 'Not a municipality of Finland',
        params: { rule: 'unknown-municipality' },
      });
      return z.NEVER;
    }
    return municipality;
  }),
);

/**
 * Everything a wellbeing county's family-centre cooperation is described by. Another county is
 * another `Region` value; nothing in the library is specific to Etelä-Savo.
 */
export const Region = z.strictObject({
  $schema: z.optional(FreeText),
  id: Id,
  name: LocalizedText,
  county: WellbeingCounty,
  /** The region's municipalities: full rows, or codes whose names come from the reference data. */
  municipalities: z.array(RegionMunicipality),
  areas: z.array(FamilyCentreArea),
  parties: z.array(Party),
  agreements: z.array(Agreement),
  people: z.array(Person),
  /** Roles outside any group: the coordinator, representatives, signatories. */
  roleAssignments: z.array(RoleAssignment),
  groups: z.array(Group),
  yearClocks: z.array(YearClock),
  evaluationActivities: z.array(EvaluationActivity),
  meetingPlaces: z.array(MeetingPlace),
  digitalServices: z.array(DigitalService),
  /** Kinds the region uses that the library does not know. */
  vocabulary: z.optional(Vocabulary),
  /** True for an invented example region (documentation, tests): everything published from it is marked so. */
  example: z.optional(z.boolean()),
  source: SourceRef,
});
export type Region = z.infer<typeof Region>;
/** A region file as written, before municipality codes are resolved. */
export type RegionInput = z.input<typeof Region>;

/** The stand-alone file format for meeting places (`places.json`), for `src=` in the widgets. */
export const MeetingPlaceList = z.strictObject({
  $schema: z.optional(FreeText),
  places: z.array(MeetingPlace),
});
export type MeetingPlaceList = z.infer<typeof MeetingPlaceList>;
