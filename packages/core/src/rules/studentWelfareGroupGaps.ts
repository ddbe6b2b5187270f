import * as z from 'zod/mini';
import { Group } from '../model/group.js';
import type { MemberCategory, Role } from '../model/person.js';
import { parseInput } from '../validation/parseInput.js';
import { modelRule } from '../validation/modelRule.js';

/** Options of {@link studentWelfareGroupGaps}. */
export const StudentWelfareGroupOptions = z.strictObject({
  /** Whether the area has education providers besides the municipalities; default true. */
  otherEducationProviders: z.optional(z.boolean()),
});
export type StudentWelfareGroupOptions = z.infer<typeof StudentWelfareGroupOptions>;

/** A group of any other kind is refused: the composition rule is the student-welfare group's only. */
const StudentWelfareGroup = Group.check(
  z.refine(
    (group) => group.kind === 'student-welfare-group',
    modelRule('not-student-welfare-group', 'Expected a group of kind student-welfare-group', ['kind']),
  ),
);

/** The roles that hold a seat; a deputy, secretary or other role does not fill one. */
const SEATED_ROLES: readonly string[] = ['chair', 'vice-chair', 'member'] satisfies Role[];

/**
 * The member categories a regional student-welfare cooperation group (opiskeluhuollon alueellinen
 * yhteistyöryhmä) lacks, by Act 1287/2013 §14 a (amended 377/2022; summarised in 004, "Kokoonpano"):
 * the wellbeing county, the municipalities as education providers, other education providers if the
 * area has any, representatives of guardians of minor pupils, of students and of student-welfare
 * staff. Other partners join only where needed (tarvittaessa), so `other-partner` is never missing.
 *
 * A category is present when a chair, vice-chair or member has it as `category`; deputies do not fill
 * a seat. `otherEducationProviders` defaults to true, so a missing seat is reported rather than
 * hidden; pass false where the municipalities are the only education providers.
 *
 * @param group - a group of kind `student-welfare-group`; validated as {@link Group}
 * @param options - `otherEducationProviders` (default true)
 * @returns the missing categories, in the order of {@link MemberCategory}
 * @throws {ValidationError} when an input is invalid, or `group.kind` is not `student-welfare-group`
 * @example
 * // Members: chair (wellbeing-county), member (municipal-education), member (students).
 * studentWelfareGroupGaps(group);
 * // ['other-education-provider', 'guardians', 'student-welfare-staff']
 * studentWelfareGroupGaps(group, { otherEducationProviders: false });
 * // ['guardians', 'student-welfare-staff']
 */
export function studentWelfareGroupGaps(group: Group, options: StudentWelfareGroupOptions = {}): MemberCategory[] {
  const parsed = parseInput(StudentWelfareGroup, group, 'group');
  const { otherEducationProviders = true } = parseInput(StudentWelfareGroupOptions, options, 'options');
  const required: MemberCategory[] = [
    'wellbeing-county',
    'municipal-education',
    ...(otherEducationProviders ? (['other-education-provider'] as const) : []),
    'guardians',
    'students',
    'student-welfare-staff',
  ];
  const present = new Set(
    parsed.members.filter((member) => SEATED_ROLES.includes(member.role)).map((member) => member.category),
  );
  return required.filter((category) => !present.has(category));
}
