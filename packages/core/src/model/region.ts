import * as z from 'zod/mini';
import { Agreement } from './agreement.js';
import { Id, LocalizedText, SourceRef, TrilingualText } from './common.js';
import { EvaluationActivity } from './evaluation.js';
import { Group } from './group.js';
import { MeetingPlace } from './meeting-place.js';
import { Party } from './party.js';
import { Person, RoleAssignment } from './person.js';
import { FamilyCentreArea, Municipality, WellbeingCounty } from './place.js';
import { YearClock } from './year-clock.js';

/** sähköinen perhekeskus → `DigitalService`: an online family-centre service (Omaperhe.fi…). */
export const DigitalService = z.strictObject({
  id: Id,
  name: z.string(),
  url: z.string().check(z.url()),
  audience: z.enum(['families', 'young-people', 'professionals']),
  description: z.optional(LocalizedText),
  source: SourceRef,
});
export type DigitalService = z.infer<typeof DigitalService>;

/**
 * Everything a wellbeing county's family-centre cooperation is described by. Another county is
 * another `Region` value; nothing in the library is specific to Etelä-Savo.
 */
export const Region = z.strictObject({
  $schema: z.optional(z.string()),
  id: Id,
  name: TrilingualText,
  county: WellbeingCounty,
  municipalities: z.array(Municipality),
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
  source: SourceRef,
});
export type Region = z.infer<typeof Region>;

/** The stand-alone file format for meeting places (`places.json`), for `src=` in the widgets. */
export const MeetingPlaceList = z.strictObject({
  $schema: z.optional(z.string()),
  places: z.array(MeetingPlace),
});
export type MeetingPlaceList = z.infer<typeof MeetingPlaceList>;
