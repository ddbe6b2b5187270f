import * as z from 'zod/mini';
import { Cadence } from './cadence.js';
import { Id, LocalizedText, Month, MunicipalityCode, SourceRef, vocabularyValue } from './common.js';
import { Role, RoleAssignment } from './person.js';
import { GroupRotation } from './rotation.js';

/** johtoryhmä, työryhmä, verkosto, kehittäjäryhmä… → what kind of body a group is. */
export const GroupKind = z.enum([
  'steering-group',
  'working-group',
  'network',
  'development-group',
  'municipal-working-group',
  'student-welfare-group',
  'trainers-group',
  'workshop-series',
  /** The broad cooperation group of education, social and health services (sisote-ryhmä, 004). */
  'sisote-group',
]);
export type GroupKind = z.infer<typeof GroupKind>;

/**
 * The level a group works on. Most counties lead family centres on three levels (004): a county-wide
 * strategic group, regional (area) coordination groups and municipal teams.
 */
export const GroupLevel = z.enum(['national', 'county', 'area', 'municipal']);
export type GroupLevel = z.infer<typeof GroupLevel>;

/**
 * When a report is due: at the receiving group's first meeting after the meeting `groupId` (the
 * reporting group when absent) holds in `month`, e.g. the relationship-support highlights after
 * October's regional meeting (002).
 */
export const ReportingTiming = z.strictObject({
  groupId: z.optional(Id),
  month: Month,
});
export type ReportingTiming = z.infer<typeof ReportingTiming>;

/** A duty to report to another group, e.g. a status review to the steering group once a year. */
export const ReportingDuty = z.strictObject({
  toGroupId: Id,
  /** At least this many times a year. */
  timesPerYear: z.optional(z.int().check(z.gte(1))),
  what: z.optional(LocalizedText),
  /** When one of the year's reports is due; the others (and all, without it) spread over the year's meetings. */
  after: z.optional(ReportingTiming),
  /**
   * The evaluation activity whose result this report is (its id): an agenda then lists one item, due
   * when the activity ends unless `after` says otherwise.
   */
  activityId: z.optional(Id),
});
export type ReportingDuty = z.infer<typeof ReportingDuty>;

/**
 * A task for a group's first meeting of each agreement period, e.g. choosing the chair and vice-chair
 * and reviewing the members (001 §8).
 */
export const StartOfPeriodTask = z.strictObject({
  id: Id,
  title: LocalizedText,
  source: z.optional(SourceRef),
});
export type StartOfPeriodTask = z.infer<typeof StartOfPeriodTask>;

/**
 * ryhmä → `Group`: a steering group, working group, network or development group of the agreement,
 * with who convenes it, who sits in it and how often it meets.
 */
export const Group = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** A {@link GroupKind}, or a kind the region declares in its `vocabulary`. */
  kind: vocabularyValue(GroupKind),
  level: GroupLevel,
  /** The role that convenes (kutsuu koolle) the group: a {@link Role} or one the region declares. */
  convener: vocabularyValue(Role),
  /** Chair, secretary, members and deputies; the group is implied. */
  members: z.array(RoleAssignment),
  parentGroupId: z.optional(Id),
  areaId: z.optional(Id),
  municipalityCode: z.optional(MunicipalityCode),
  reportsTo: z.optional(z.array(ReportingDuty)),
  /** Tasks for the group's first meeting of each agreement period of the region. */
  startOfPeriodTasks: z.optional(z.array(StartOfPeriodTask)),
  cadence: z.optional(Cadence),
  /** What the sources say of the cadence when it cannot be stated as data ("meets regularly"). */
  cadenceNote: z.optional(LocalizedText),
  /** Duties of its meetings that rotate (the lead, the minutes): who has them is computed per meeting. */
  rotation: z.optional(GroupRotation),
  purpose: z.optional(LocalizedText),
  source: SourceRef,
});
export type Group = z.infer<typeof Group>;
