import * as z from 'zod/mini';
import { DateRange, Id, LocalizedText, MunicipalityCode, NonEmptyText, SourceRef, vocabularyValue } from './common.js';
import { matches } from '../validation/formats.js';
import { modelRule } from '../validation/modelRule.js';
import { roleValues } from './enumValues.js';

/**
 * A person in a working role. Holds only what the cooperation needs: name, title, work contact and
 * organisation (GDPR data minimisation); unknown fields such as a home address are rejected.
 */
export const Person = z.strictObject({
  id: Id,
  name: NonEmptyText,
  title: z.optional(LocalizedText),
  /** The party (organisation) the person works for. */
  partyId: z.optional(Id),
  workEmail: z.optional(z.email()),
  workPhone: z.optional(z.string().check(matches('invalid-phone'))),
  source: SourceRef,
});
export type Person = z.infer<typeof Person>;

/** A role in the cooperation: puheenjohtaja (chair), sihteeri (secretary), varajäsen (deputy member)… */
export const Role = z.enum(roleValues);
export type Role = z.infer<typeof Role>;

/**
 * Member categories of the regional student-welfare cooperation group, as Act 1287/2013 §14 a
 * (amended 377/2022) lists them (summarised in 004).
 */
export const MemberCategory = z.enum([
  'wellbeing-county',
  'municipal-education',
  'other-education-provider',
  'guardians',
  'students',
  'student-welfare-staff',
  'other-partner',
]);
export type MemberCategory = z.infer<typeof MemberCategory>;

/**
 * Who holds a role, for whom, where and when. A role may be held by a named person or, where the
 * source names only a post ("the welfare director"), by a title.
 */
export const RoleAssignment = z
  .strictObject({
    /** A {@link Role}, or a role the region declares in its `vocabulary`. */
    role: vocabularyValue(Role),
    personId: z.optional(Id),
    /** The post that holds the role when no person is named. */
    title: z.optional(LocalizedText),
    partyId: z.optional(Id),
    groupId: z.optional(Id),
    municipalityCode: z.optional(MunicipalityCode),
    term: z.optional(DateRange),
    /** For a deputy member: the person (id) they stand in for. */
    deputyOf: z.optional(Id),
    /**
     * For a deputy member of a post without a named person: the post they stand in for (with
     * `partyId`, that party's post), e.g. the deputy of "the welfare director".
     */
    deputyOfTitle: z.optional(LocalizedText),
    category: z.optional(MemberCategory),
    source: SourceRef,
  })
  .check(
    z.refine(
      (r) => r.personId !== undefined || r.title !== undefined,
      modelRule('role-needs-holder', 'A role needs a personId or a title', ['personId']),
    ),
    z.refine(
      (r) => r.deputyOf === undefined || r.role === 'deputy-member',
      modelRule('deputy-of-not-deputy', 'Only a deputy-member can have deputyOf', ['deputyOf']),
    ),
    z.refine(
      (r) => r.deputyOfTitle === undefined || r.role === 'deputy-member',
      modelRule('deputy-of-not-deputy', 'Only a deputy-member can have deputyOfTitle', ['deputyOfTitle']),
    ),
  );
export type RoleAssignment = z.infer<typeof RoleAssignment>;
