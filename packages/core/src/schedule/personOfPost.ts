import type { IsoDate, LocalizedText } from '../model/common.js';
import type { RoleAssignment } from '../model/person.js';

/**
 * Whether an assignment holds on a day: no day, or no term, means always; both ends are included.
 *
 * @param assignment - a role assignment
 * @param on - the day (`YYYY-MM-DD`), or undefined for any day
 * @returns true when the assignment's term contains the day
 * @example
 * inTerm({ role: 'chair', title: { fi: 'puheenjohtaja' }, term: { start: '2026-01-01', end: '2029-12-31' }, source }, '2030-01-01'); // false
 */
export function inTerm(assignment: Pick<RoleAssignment, 'term'>, on: IsoDate | undefined): boolean {
  const term = assignment.term;
  if (on === undefined || term === undefined) return true;
  return term.start <= on && (term.end === undefined || on <= term.end);
}

/** True when two posts are the same: any language both write says the same (case and spacing aside). */
function sameTitle(a: LocalizedText, b: LocalizedText): boolean {
  const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
  return Object.entries(a).some(([lang, text]) => {
    const other = (b as Record<string, string | undefined>)[lang];
    return typeof text === 'string' && other !== undefined && norm(text) === norm(other);
  });
}

/**
 * The person who holds a post (an assignment given by title, without a person), the one rule behind
 * the schedule's meeting holders and the invitation lists: among the assignments that name a person,
 * hold on the day and are region-wide or of the same group, and that are of the post's party when it
 * names one, the first with the same title; else, for a post of a party, the first with the same role.
 * So the steering group's secretary "perhekeskuskoordinaattori" of the county is the person the
 * region names as that coordinator.
 *
 * @param post - the assignment naming a post
 * @param assignments - the region's role assignments (and the group's members naming people)
 * @param options - the group the post is in (its own assignments count too) and the day
 * @returns the person's id, or undefined when nobody is named for the post
 * @example
 * personOfPost({ role: 'secretary', title: { fi: 'perhekeskuskoordinaattori' }, partyId: 'eloisa', source },
 *   etelaSavo.roleAssignments); // 'hanna-kokkonen'
 */
export function personOfPost(
  post: RoleAssignment,
  assignments: readonly RoleAssignment[],
  options: { groupId?: string; on?: IsoDate } = {},
): string | undefined {
  if (post.personId !== undefined) return post.personId;
  const candidates = assignments.filter(
    (a) =>
      a.personId !== undefined &&
      (a.groupId === undefined || a.groupId === options.groupId) &&
      (post.partyId === undefined || a.partyId === post.partyId) &&
      inTerm(a, options.on),
  );
  const title = post.title;
  const byTitle =
    title === undefined ? undefined : candidates.find((a) => a.title !== undefined && sameTitle(a.title, title));
  return (byTitle ?? (post.partyId === undefined ? undefined : candidates.find((a) => a.role === post.role)))?.personId;
}
