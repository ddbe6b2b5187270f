import * as z from 'zod/mini';
import { Cadence } from './cadence.js';
import { Id, LocalizedText, MunicipalityCode, SourceRef, vocabularyValue } from './common.js';
import { Role, RoleAssignment } from './person.js';

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

/** A duty to report to another group, e.g. a status review to the steering group once a year. */
export const ReportingDuty = z.strictObject({
  toGroupId: Id,
  /** At least this many times a year. */
  timesPerYear: z.optional(z.int().check(z.gte(1))),
  what: z.optional(LocalizedText),
});
export type ReportingDuty = z.infer<typeof ReportingDuty>;

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
  cadence: z.optional(Cadence),
  /** What the sources say of the cadence when it cannot be stated as data ("meets regularly"). */
  cadenceNote: z.optional(LocalizedText),
  purpose: z.optional(LocalizedText),
  source: SourceRef,
});
export type Group = z.infer<typeof Group>;
