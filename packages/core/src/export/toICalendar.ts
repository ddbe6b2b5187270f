import * as z from 'zod/mini';
import { FreeText, NonEmptyText } from '../model/common.js';
import { parseInput, ValidationError } from '../validation/parseInput.js';
import { HELSINKI } from '../time/helsinki.js';
import { toEpochMs } from '../time/isoFormat.js';
import { CalendarEvent } from './calendarEvent.js';
import { escapeIcalText } from './escapeIcalText.js';
import { foldIcalLine } from './foldIcalLine.js';
import { icalParamValue } from './icalParamValue.js';
import { HELSINKI_VTIMEZONE } from './helsinkiVTimezone.js';
import { icalDateRange } from './icalDateRange.js';
import { icalDateTime, icalUtcDateTime } from './icalDateTime.js';
import { Instant } from '../time/instant.js';
import { modelRule } from '../validation/modelRule.js';

/** Options of {@link toICalendar}. */
export const ICalendarOptions = z.strictObject({
  /** The calendar's display name (`X-WR-CALNAME`). */
  name: NonEmptyText,
  /** Only `Europe/Helsinki` is supported, and it is the default. */
  timeZone: z.optional(z.literal(HELSINKI)),
  /** Written as every event's `DTSTAMP`; by default the event's own start, so output never depends on the clock. */
  now: z.optional(Instant),
  /** A longer description of the calendar (`X-WR-CALDESC`). */
  description: z.optional(FreeText),
});
export type ICalendarOptions = z.infer<typeof ICalendarOptions>;

const CRLF = '\r\n';
const PRODID = '-//perhekeskus//@perhekeskus/core//EN';

/** `NAME:value` or `NAME;TZID=Europe/Helsinki:value` for an instant. */
function dateTimeLine(name: string, zoned: string): string {
  const time = icalDateTime(toEpochMs(zoned) ?? 0);
  return time.utc ? `${name}:${time.value}` : `${name};TZID=${HELSINKI}:${time.value}`;
}

/** `DTSTART` and `DTEND`: Helsinki date-times, or for an all-day event dates with an exclusive end. */
function timeLines(event: CalendarEvent): string[] {
  if (event.allDay) {
    const days = icalDateRange(event);
    return [`DTSTART;VALUE=DATE:${days.start}`, `DTEND;VALUE=DATE:${days.end}`];
  }
  return [dateTimeLine('DTSTART', event.start), dateTimeLine('DTEND', event.end)];
}

/** `;CN=…` for a calendar user's name, or nothing without one. */
function nameParam(name: string | undefined): string {
  return name === undefined ? '' : `;CN=${icalParamValue(name)}`;
}

function eventLines(event: CalendarEvent, now: string | undefined): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeIcalText(event.uid)}`,
    `DTSTAMP:${icalUtcDateTime(toEpochMs(now ?? event.start) ?? 0)}`,
    ...timeLines(event),
  ];
  if (event.rrule) lines.push(`RRULE:${event.rrule}`);
  for (const exdate of event.exdates ?? []) lines.push(dateTimeLine('EXDATE', exdate));
  lines.push(`SUMMARY:${escapeIcalText(event.title)}`);
  if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeIcalText(event.description)}`);
  if (event.location !== undefined) lines.push(`LOCATION:${escapeIcalText(event.location)}`);
  if (event.url !== undefined) lines.push(`URL:${event.url}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeIcalText).join(',')}`);
  if (event.status) lines.push(`STATUS:${event.status.toUpperCase()}`);
  if (event.organizer) lines.push(`ORGANIZER${nameParam(event.organizer.name)}:mailto:${event.organizer.email}`);
  for (const attendee of event.attendees ?? []) {
    const role = attendee.participation === 'optional' ? 'OPT-PARTICIPANT' : 'REQ-PARTICIPANT';
    lines.push(`ATTENDEE${nameParam(attendee.name)};ROLE=${role}:mailto:${attendee.email}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * Writes events as an RFC 5545 calendar (`.ics`) for import or subscription: a `Europe/Helsinki`
 * VTIMEZONE, times as Helsinki wall-clock time, an `allDay` event's Helsinki days as dates
 * (`DTSTART;VALUE=DATE:20270901`, and `DTEND;VALUE=DATE:` the day after its last, RFC 5545 §3.6.1),
 * the organiser and attendees as `ORGANIZER;CN=…:mailto:…` and `ATTENDEE;CN=…;ROLE=REQ-PARTICIPANT:mailto:…`
 * (names as parameter values, {@link icalParamValue}),
 * TEXT escaped, lines folded at 75 UTF-8 octets and ended with CRLF. Deterministic: the same events
 * and options give the same string.
 *
 * @param events - the events; UIDs must be unique
 * @param options - calendar name, optional `timeZone` (only `Europe/Helsinki`), `now` for `DTSTAMP`
 * @returns the calendar text, ending in CRLF
 * @throws {ValidationError} on an invalid event or option, or a repeated UID
 * @example
 * const ics = toICalendar(
 *   [{ uid: 'steering-group-20260310@perhekeskus', title: 'Ohjausryhmä', start: '2026-03-10T07:00:00Z', end: '2026-03-10T09:00:00Z' }],
 *   { name: 'Perhekeskus' },
 * );
 * ics.includes('\r\nDTSTART;TZID=Europe/Helsinki:20260310T090000\r\n'); // true
 * @example
 * const survey = toICalendar(
 *   [{ uid: 'family-survey-20270901@etela-savo', title: 'Perheiden kysely', start: '2027-09-01T00:00:00+03:00',
 *      end: '2027-12-01T00:00:00+02:00', allDay: true }],
 *   { name: 'Arviointikalenteri' },
 * );
 * survey.includes('\r\nDTSTART;VALUE=DATE:20270901\r\nDTEND;VALUE=DATE:20271201\r\n'); // true: 1.9.–30.11.
 */
export function toICalendar(events: readonly CalendarEvent[], options: ICalendarOptions): string {
  const parsedEvents = parseInput(z.array(CalendarEvent), events, 'events');
  const parsedOptions = parseInput(ICalendarOptions, options, 'options');
  const seen = new Map<string, number>();
  parsedEvents.forEach((event, index) => {
    const first = seen.get(event.uid);
    if (first !== undefined) {
      throw new ValidationError(
        [
          {
            code: 'custom',
            path: [index, 'uid'],
            input: event.uid,
            ...modelRule('duplicate-id', `UID already used by events[${first}]`),
          },
        ],
        'events',
      );
    }
    seen.set(event.uid, index);
  });

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeIcalText(parsedOptions.name)}`,
    `X-WR-TIMEZONE:${HELSINKI}`,
  ];
  if (parsedOptions.description !== undefined) lines.push(`X-WR-CALDESC:${escapeIcalText(parsedOptions.description)}`);
  lines.push(...HELSINKI_VTIMEZONE);
  for (const event of parsedEvents) lines.push(...eventLines(event, parsedOptions.now));
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldIcalLine(line) + CRLF).join('');
}
