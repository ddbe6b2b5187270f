import type { LocalizedText } from '../model/common.js';
import type { Group } from '../model/group.js';
import type { RoleAssignment } from '../model/person.js';
import type { Region } from '../model/region.js';
import { personOfPost } from './personOfPost.js';

/** What a holder does at a group's meetings: convenes it, chairs it, is its responsible person, takes the minutes, or leads it in turn. */
export type MeetingDuty = 'convener' | 'chair' | 'responsible-person' | 'secretary' | 'lead';

/**
 * Someone who is busy at a meeting: a named person (`key` is the person id) or a post no person is
 * named for (`key` is `post:` and the party, or the group when the post has no party, and the
 * title, e.g. `post:eloisa:perhekeskuskoordinaattori`).
 */
export interface MeetingHolder {
  key: string;
  personId?: string;
  title?: LocalizedText;
  partyId?: string;
}

/** A holder and what they do at the group's meetings. */
export interface HolderDuties {
  holder: MeetingHolder;
  duties: MeetingDuty[];
}

/** The parts of a region the holders are resolved from; `roleAssignments` hold the posts held region-wide. */
export type HolderSource = Pick<Region, 'groups'> & Partial<Pick<Region, 'roleAssignments'>>;

/** The roles that lead a meeting besides the convener's. */
const LEAD_ROLES: ReadonlySet<string> = new Set(['chair', 'responsible-person']);

/** A title as a key: its first national-language text (fi, sv, then any), trimmed and in lower case. */
function titleKey(title: LocalizedText | undefined): string | undefined {
  const text = title?.fi ?? title?.sv ?? Object.values(title ?? {}).find((v) => v !== undefined);
  return text === undefined ? undefined : text.trim().toLocaleLowerCase('fi');
}

function holderOf(a: RoleAssignment, group: Group, assignments: readonly RoleAssignment[]): MeetingHolder | undefined {
  if (a.personId !== undefined) return { key: a.personId, personId: a.personId };
  const named = personOfPost(a, assignments, { groupId: group.id });
  if (named !== undefined) return { key: named, personId: named };
  const title = titleKey(a.title);
  if (title === undefined) return undefined;
  // A post without a party cannot be told apart from a post of the same name elsewhere: it is the group's own.
  const holder: MeetingHolder = { key: `post:${a.partyId ?? group.id}:${title}` };
  if (a.title !== undefined) holder.title = a.title;
  if (a.partyId !== undefined) holder.partyId = a.partyId;
  return holder;
}

/**
 * The people (or posts) who are busy at every meeting of a group: who convenes it, chairs it, is its
 * responsible person or takes its minutes. A rotating lead or secretary (`Group.rotation`) is per
 * meeting and comes from `scheduleFor`; a rotating secretary replaces the `secretary` members.
 *
 * Each member of those roles resolves to a holder: the person it names (`personId`); else, for a
 * member given by post (title and party), the person that a region-wide `roleAssignments` entry names
 * for the same post (same party and title, else same party and role; an entry for another group does
 * not count); else the post itself, keyed by party and title (by group and title when it has no
 * party). The convener role resolves the same way, from the members with that role, else from the
 * region-wide assignments of that role. Terms (`term`) are not read: a holder is busy at every
 * meeting.
 *
 * @param region - the region's `groups` and, optionally, its `roleAssignments`
 * @param group - one of its groups
 * @returns the holders, each once, in the order of first mention, with their duties
 * @example
 * meetingHolders(etelaSavo, steeringGroup);
 * // [{ holder: { key: 'post:steering-group:sopimuskaudeksi valittu puheenjohtaja', … }, duties: ['convener', 'chair'] },
 * //  { holder: { key: 'hanna-kokkonen', personId: 'hanna-kokkonen' }, duties: ['secretary'] }]
 */
export function meetingHolders(region: HolderSource, group: Group): HolderDuties[] {
  const assignments = region.roleAssignments ?? [];
  const out: HolderDuties[] = [];
  const add = (holder: MeetingHolder | undefined, duty: MeetingDuty) => {
    if (holder === undefined) return;
    const known = out.find((h) => h.holder.key === holder.key);
    if (known === undefined) out.push({ holder, duties: [duty] });
    else if (!known.duties.includes(duty)) known.duties.push(duty);
  };
  const rotatingSecretary = group.rotation?.secretary !== undefined;
  const conveners = group.members.filter((m) => m.role === group.convener);
  if (conveners.length === 0) {
    const wide = assignments.filter(
      (a) => a.role === group.convener && (a.groupId === undefined || a.groupId === group.id),
    );
    for (const a of wide) add(holderOf(a, group, assignments), 'convener');
  }
  for (const m of group.members) {
    const duties: MeetingDuty[] = [];
    if (m.role === group.convener) duties.push('convener');
    if (LEAD_ROLES.has(m.role)) duties.push(m.role as MeetingDuty);
    if (m.role === 'secretary' && !rotatingSecretary) duties.push('secretary');
    if (duties.length === 0) continue;
    const holder = holderOf(m, group, assignments);
    for (const duty of duties) add(holder, duty);
  }
  return out;
}
