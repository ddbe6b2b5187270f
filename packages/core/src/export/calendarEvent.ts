import * as z from 'zod/mini';
import { FreeText, MeetingMode, NonEmptyText } from '../model/common.js';
import { hasNoControls, WebUrl } from '../model/webUrl.js';
import { Instant } from '../time/instant.js';
import { toEpochMs } from '../time/isoFormat.js';
import { matches } from '../validation/formats.js';
import { modelRule } from '../validation/modelRule.js';
import { icalDateTime } from './icalDateTime.js';

/** Status of a calendar event (RFC 5545 §3.8.1.11). */
export const CalendarEventStatus = z.enum(['tentative', 'confirmed', 'cancelled']);
export type CalendarEventStatus = z.infer<typeof CalendarEventStatus>;

/**
 * An RFC 5545 RRULE value (`FREQ=MONTHLY;BYDAY=2TU;UNTIL=20291231T215959Z`). Only its shape is checked:
 * FREQ first, `NAME=value` parts, UNTIL in UTC (required when DTSTART has a TZID) and not with COUNT.
 */
export const RecurrenceRule = z.string().check(
  matches('invalid-rrule'),
  z.refine(
    (rule) => !/(?:^|;)UNTIL=/.test(rule) || /(?:^|;)UNTIL=\d{8}T\d{6}Z(?:;|$)/.test(rule),
    modelRule('rrule-until-not-utc', 'UNTIL must be a UTC date-time such as 20291231T215959Z'),
  ),
  z.refine(
    (rule) => !(/(?:^|;)UNTIL=/.test(rule) && /(?:^|;)COUNT=/.test(rule)),
    modelRule('rrule-until-and-count', 'UNTIL and COUNT cannot both be given'),
  ),
);
export type RecurrenceRule = z.infer<typeof RecurrenceRule>;

/**
 * A calendar user by work e-mail (RFC 5545 CAL-ADDRESS `mailto:`), with the name to show (`CN`):
 * the `ORGANIZER` of a meeting. Nothing else about a person is written.
 */
export const CalendarOrganizer = z.strictObject({
  name: z.optional(NonEmptyText),
  email: z.email(),
});
export type CalendarOrganizer = z.infer<typeof CalendarOrganizer>;

/**
 * An invited calendar user (`ATTENDEE`): required (members, `REQ-PARTICIPANT`) or optional (deputy
 * members, `OPT-PARTICIPANT`); required when absent.
 */
export const CalendarAttendee = z.strictObject({
  name: z.optional(NonEmptyText),
  email: z.email(),
  participation: z.optional(z.enum(['required', 'optional'])),
});
export type CalendarAttendee = z.infer<typeof CalendarAttendee>;

/**
 * What an iCalendar VEVENT needs. Times are instants (any offset); the export writes them as
 * `Europe/Helsinki` wall-clock time. An `allDay` event covers whole Helsinki calendar days, from the
 * day of `start` to the day of the last instant before `end` (so an `end` at midnight is not one of
 * its days), and is written as dates (`DTSTART;VALUE=DATE:`). `mode` is not an iCalendar property: it
 * feeds the JSON-LD attendance mode, and {@link occurrencesToEvents} also writes it into the
 * categories and description.
 */
export const CalendarEvent = z
  .strictObject({
    /** Globally unique and stable across exports, so calendar apps update rather than duplicate. */
    uid: NonEmptyText.check(
      z.maxLength(255),
      z.refine(hasNoControls, modelRule('invalid-characters', 'Control characters are not allowed')),
    ),
    title: NonEmptyText,
    start: Instant,
    end: Instant,
    description: z.optional(FreeText),
    location: z.optional(FreeText),
    url: z.optional(WebUrl),
    mode: z.optional(MeetingMode),
    categories: z.optional(z.array(NonEmptyText)),
    status: z.optional(CalendarEventStatus),
    /** Whole days (dates, no times of day); such an event cannot recur. */
    allDay: z.optional(z.boolean()),
    /** Makes the event recurring: `start`/`end` are the first instance. */
    rrule: z.optional(RecurrenceRule),
    /** Instances of the rule that do not happen (their start instants). */
    exdates: z.optional(z.array(Instant)),
    /** Who convenes the meeting, by work e-mail. */
    organizer: z.optional(CalendarOrganizer),
    /** Who is invited, by work e-mail. */
    attendees: z.optional(z.array(CalendarAttendee)),
  })
  .check(
    z.refine(
      (e) => (toEpochMs(e.end) ?? 0) > (toEpochMs(e.start) ?? 0),
      modelRule('event-ends-before-start', 'The event must end after it starts', ['end']),
    ),
    z.refine(
      (e) => e.exdates === undefined || e.rrule !== undefined,
      modelRule('exdates-need-rrule', 'exdates need an rrule', ['exdates']),
    ),
    z.refine(
      (e) => !(e.allDay && e.rrule !== undefined),
      modelRule('all-day-recurrence', 'An all-day event cannot have an rrule', ['rrule']),
    ),
    z.refine(
      (e) => e.rrule === undefined || e.allDay === true || !icalDateTime(toEpochMs(e.start) ?? 0).utc,
      modelRule(
        'recurrence-start-ambiguous',
        'A recurring event must start at an unambiguous Helsinki time in 1997 or later',
        ['start'],
      ),
    ),
  );
export type CalendarEvent = z.infer<typeof CalendarEvent>;
