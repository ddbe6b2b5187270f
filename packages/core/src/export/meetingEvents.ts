import * as z from 'zod/mini';
import { Id, IsoDate, Locale } from '../model/common.js';
import { Region } from '../model/region.js';
import { agendasOf } from '../rules/meetingAgendas.js';
import { scheduleFor } from '../schedule/scheduleFor.js';
import { matches } from '../validation/formats.js';
import { modelRule } from '../validation/modelRule.js';
import { parseInput } from '../validation/parseInput.js';
import type { CalendarEvent } from './calendarEvent.js';
import { localize } from './describeOccurrence.js';
import { type MeetingParticipants, participantsOf } from './meetingParticipants.js';
import { occurrencesToEvents } from './occurrencesToEvents.js';

/** Options of {@link meetingEvents}. */
export const MeetingEventOptions = z
  .strictObject({
    from: IsoDate,
    to: IsoDate,
    /** The groups whose meetings to include; all groups when absent. */
    groups: z.optional(z.array(Id)),
    /** The language of titles, descriptions and posts' names; Finnish by default. */
    locale: z.optional(Locale),
    /** The part of every UID after `@`; the region's id by default. */
    uidDomain: z.optional(z.string().check(matches('invalid-domain'))),
  })
  .check(z.refine((o) => o.from <= o.to, modelRule('to-before-from', 'to is before from', ['to'])));
export type MeetingEventOptions = z.infer<typeof MeetingEventOptions>;

/** The heading of the agenda in an event's description. */
const AGENDA_HEADING: Readonly<Record<Locale, string>> = { fi: 'Esityslista', sv: 'Föredragningslista', en: 'Agenda' };

/**
 * A region's meetings as calendar events for {@link toICalendar}, with what a meeting invitation
 * carries: the events of `occurrencesToEvents` (one per meeting, stable UIDs), each with the group's
 * `organizer` and `attendees` ({@link meetingParticipants}: only people whose work e-mail is known,
 * as of the meeting's day) and its agenda (`meetingAgendas`) as a numbered list at the end of the
 * description. A meeting with nothing due gets no agenda list.
 *
 * @param region - the region; validated as `Region`
 * @param options - `from`, `to` (`YYYY-MM-DD`, inclusive), `groups`, `locale`, `uidDomain`
 * @returns the events in schedule order (by start, then group id)
 * @throws ValidationError when the region or an option is invalid, or `groups` names an unknown group
 * @example
 * const [march] = meetingEvents(etelaSavo, { from: '2026-03-01', to: '2026-03-31', groups: ['steering-group'], locale: 'en' });
 * march.uid; // 'steering-group-20260310@etela-savo'
 * march.description; // 'Format: Remote or hybrid\nAgenda:\n1. Annual activity report\n2. Yearly action-plan review'
 */
export function meetingEvents(region: Region, options: MeetingEventOptions): CalendarEvent[] {
  const r = parseInput(Region, region, 'region');
  const o = parseInput(MeetingEventOptions, options, 'options');
  const locale = o.locale ?? 'fi';
  const occurrences = scheduleFor(r, { from: o.from, to: o.to, ...(o.groups ? { groups: o.groups } : {}) });
  const events = occurrencesToEvents(occurrences, { locale, uidDomain: o.uidDomain ?? r.id });
  const groupIds = [...new Set(occurrences.map((occurrence) => occurrence.groupId))];
  const agendas = agendasOf(r, groupIds, o.from, o.to);
  const agendaTitles = new Map<string, string[]>();
  for (const [groupId, list] of agendas) {
    for (const agenda of list) {
      agendaTitles.set(
        `${groupId} ${agenda.meeting.start}`,
        agenda.items.map((item) => localize(item.title, locale)),
      );
    }
  }
  const participants = new Map<string, MeetingParticipants>();
  return events.map((event, i) => {
    const occurrence = occurrences[i]!;
    const day = occurrence.start.slice(0, 10);
    const key = `${occurrence.groupId} ${day}`;
    let people = participants.get(key);
    if (people === undefined) {
      const group = r.groups.find((g) => g.id === occurrence.groupId)!;
      people = participantsOf(r, group, day, locale);
      participants.set(key, people);
    }
    const titles = agendaTitles.get(`${occurrence.groupId} ${occurrence.start}`) ?? [];
    const agenda =
      titles.length === 0 ? '' : [`${AGENDA_HEADING[locale]}:`, ...titles.map((t, n) => `${n + 1}. ${t}`)].join('\n');
    const description = [event.description, agenda].filter((text) => text).join('\n');
    return {
      ...event,
      ...(description === '' ? {} : { description }),
      ...(people.organizer ? { organizer: people.organizer } : {}),
      ...(people.attendees.length > 0 ? { attendees: [...people.attendees] } : {}),
    };
  });
}
