import * as z from 'zod/mini';
import { Id, IsoDate, Locale } from '../model/common.js';
import type { Group } from '../model/group.js';
import { Region } from '../model/region.js';
import {
  type GroupParticipant,
  groupById,
  invitationListOf,
  participantName,
  roleHolderOf,
} from '../rules/groupParticipant.js';
import { parseInput } from '../validation/parseInput.js';
import type { CalendarAttendee, CalendarOrganizer } from './calendarEvent.js';

/** What {@link meetingParticipants} is asked: the group, and optionally the day whose term holders count. */
export const MeetingParticipantsQuery = z.strictObject({
  groupId: Id,
  on: z.optional(IsoDate),
  /** The language of posts' names (`CN`); Finnish by default. */
  locale: z.optional(Locale),
});
export type MeetingParticipantsQuery = z.infer<typeof MeetingParticipantsQuery>;

/** The organiser and attendees of a group's meetings, for `CalendarEvent`'s `organizer` and `attendees`. */
export interface MeetingParticipants {
  readonly organizer?: CalendarOrganizer;
  readonly attendees: readonly CalendarAttendee[];
}

/**
 * {@link meetingParticipants} over a validated region and group.
 *
 * @param r - the validated region
 * @param group - one of its groups
 * @param on - the day whose term holders count, or any when absent
 * @param locale - the language of posts' names
 * @returns the organiser and attendees
 */
export function participantsOf(r: Region, group: Group, on: string | undefined, locale: Locale): MeetingParticipants {
  const nameOf = (p: GroupParticipant) => participantName(p, locale);
  const convener = roleHolderOf(r, group, group.convener, on);
  const organizer =
    convener?.workEmail === undefined ? undefined : { name: nameOf(convener), email: convener.workEmail };
  const seen = new Set<string>();
  const attendees: CalendarAttendee[] = [];
  for (const p of invitationListOf(r, group, on)) {
    if (p.workEmail === undefined || seen.has(p.workEmail.toLowerCase())) continue;
    seen.add(p.workEmail.toLowerCase());
    attendees.push({
      name: nameOf(p),
      email: p.workEmail,
      participation: p.role === 'deputy-member' ? 'optional' : 'required',
    });
  }
  return organizer === undefined ? { attendees } : { organizer, attendees };
}

/**
 * Who a group's calendar events name: the `organizer` is whoever holds the role that convenes the group
 * (`groupRoleHolder`: the named person, or the person the region names for the post or the role), and
 * the `attendees` are the invitation list (`invitationList`: members, and deputy members as optional
 * participants, 001 §13). Only people whose work e-mail the region records are written: a post with no
 * named person, or a person without `workEmail`, is left out — no organiser at all when the convener
 * has none. The name (`CN`) is the person's name, or the post and its party; nothing else about a
 * person is carried.
 *
 * @param region - the region; validated as `Region`
 * @param query - `groupId`; `on` (`YYYY-MM-DD`) to honour terms; `locale` of posts' names
 * @returns the organiser (when known) and the attendees with e-mails, each e-mail once
 * @throws ValidationError when the region or query is invalid, or no group has the id (`query.groupId`)
 * @example
 * meetingParticipants(pohjanmaaExample, { groupId: 'steering-group' }).organizer;
 * // { name: 'Exempel Koordinator', email: 'koordinator@example.org' }
 */
export function meetingParticipants(region: Region, query: MeetingParticipantsQuery): MeetingParticipants {
  const r = parseInput(Region, region, 'region');
  const q = parseInput(MeetingParticipantsQuery, query, 'query');
  return participantsOf(r, groupById(r, q.groupId), q.on, q.locale ?? 'fi');
}
