import * as z from 'zod/mini';
import { IsoDate, NonEmptyText } from '../model/common.js';
import { Group } from '../model/group.js';
import { Person, RoleAssignment } from '../model/person.js';
import { modelRule } from '../validation/modelRule.js';
import { parseInput, ValidationError } from '../validation/parseInput.js';
import { type HolderDuties, type MeetingDuty, type MeetingHolder, meetingHolders } from './meetingHolders.js';
import type { GroupOccurrence } from './occurrence.js';
import { type ScheduleSource, scheduleFor } from './scheduleFor.js';

const HolderSource = z.looseObject({
  groups: z.array(Group),
  people: z.optional(z.array(Person)),
  roleAssignments: z.optional(z.array(RoleAssignment)),
});

/** Whose meetings to list, and when: `holder` is a person id, a role held region-wide (`coordinator`) or a post key. */
export const HolderQuery = z
  .strictObject({ holder: NonEmptyText, from: IsoDate, to: IsoDate })
  .check(z.refine((q) => q.from <= q.to, modelRule('to-before-from', 'to is before from', ['to'])));
export type HolderQuery = z.infer<typeof HolderQuery>;

/** One of a holder's meetings, with what they do there. */
export type HolderMeeting = GroupOccurrence & { duties: MeetingDuty[] };

/** What `holderSchedule` accepts as `holder`: the roles held region-wide and the people of the region. */
export interface HolderChoices {
  roles: string[];
  people: string[];
}

/**
 * The values `holderSchedule` accepts as `holder`: the roles of the region-wide assignments (those
 * for no single group) and the ids of the region's people, each sorted.
 *
 * @param region - the region's `roleAssignments` and `people` (either may be absent)
 * @returns the roles and person ids
 * @example
 * holderChoices(etelaSavo); // { roles: ['coordinator', 'signatory'], people: ['elina-heiskanen', 'hanna-kokkonen', …] }
 */
export function holderChoices(region: Partial<Pick<ScheduleSource, 'people' | 'roleAssignments'>>): HolderChoices {
  const roles = new Set(
    (region.roleAssignments ?? [])
      .filter((a) => a.groupId === undefined && (a.personId !== undefined || a.title !== undefined))
      .map((a) => a.role),
  );
  return { roles: [...roles].sort(), people: (region.people ?? []).map((p) => p.id).sort() };
}

/** The holder a query names: a person id, a role held region-wide, or a post key. */
function resolveHolder(region: ScheduleSource, holder: string): MeetingHolder | undefined {
  if (region.people?.some((p) => p.id === holder)) return { key: holder, personId: holder };
  const wide = (region.roleAssignments ?? []).find((a) => a.groupId === undefined && a.role === holder);
  if (wide?.personId !== undefined) return { key: wide.personId, personId: wide.personId };
  if (wide !== undefined) {
    // The post as the groups know it: resolve a member row of the same post through the same rule.
    const probe: Group = {
      id: 'region',
      name: { en: 'region' },
      kind: 'network',
      level: 'county',
      convener: wide.role,
      members: [wide],
      source: wide.source,
    };
    return meetingHolders({ groups: [probe] }, probe)[0]?.holder;
  }
  for (const g of region.groups) {
    const found = meetingHolders(region, g).find((h) => h.holder.key === holder);
    if (found) return found.holder;
  }
  return undefined;
}

/**
 * One person's (or post's) meetings: every meeting of the region's schedule (`scheduleFor`, conflicts
 * settled) where they convene, chair, are the responsible person, lead in turn or take the minutes,
 * with those duties. A coordinator's year at a glance: `holderSchedule(region, { holder: 'coordinator', … })`.
 *
 * @param region - a region (its groups, people and role assignments are read)
 * @param query - `holder` (a person id, a role held region-wide such as `coordinator`, or a post key
 *   from `meetingHolders`) and the inclusive period `from`–`to`
 * @returns the holder and their meetings, sorted by start
 * @throws ValidationError naming `query.holder` (`unknown-reference`, `allowed` the roles and people
 *   of {@link holderChoices}) when the holder is none of these, or naming the field of an invalid input
 * @example
 * holderSchedule(etelaSavo, { holder: 'coordinator', from: '2026-01-01', to: '2026-12-31' }).meetings[0];
 * // { start: '2026-01-13T13:00:00+02:00', …, groupId: 'steering-group', duties: ['secretary'] }
 */
export function holderSchedule(
  region: ScheduleSource,
  query: HolderQuery,
): { holder: MeetingHolder; meetings: HolderMeeting[] } {
  const source = parseInput(HolderSource, region, 'region');
  const q = parseInput(HolderQuery, query, 'query');
  const holder = resolveHolder(source, q.holder);
  if (holder === undefined) {
    const { roles, people } = holderChoices(source);
    const params = { rule: 'unknown-reference', expected: 'person', allowed: [...roles, ...people] };
    const message = `No person or region-wide role "${q.holder}"`;
    throw new ValidationError([{ code: 'custom', path: ['holder'], message, params, input: q.holder }], 'query');
  }
  const dutiesOf = new Map<string, HolderDuties | undefined>();
  for (const g of source.groups)
    dutiesOf.set(
      g.id,
      meetingHolders(source, g).find((h) => h.holder.key === holder.key),
    );
  const meetings: HolderMeeting[] = [];
  for (const o of scheduleFor(source, { from: q.from, to: q.to })) {
    const duties: MeetingDuty[] = [...(dutiesOf.get(o.groupId)?.duties ?? [])];
    if (o.lead?.holders.includes(holder.key)) duties.push('lead');
    if (o.secretary?.holders.includes(holder.key) && !duties.includes('secretary')) duties.push('secretary');
    if (duties.length > 0) meetings.push({ ...o, duties });
  }
  return { holder, meetings };
}
