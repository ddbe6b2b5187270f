import * as z from 'zod/mini';
import { MeetingMode } from '../model/common.js';
import { toEpochMs } from '../schedule/time/isoFormat.js';
import { icalDateTime } from './icalDateTime.js';
import { Instant } from './instant.js';

/** True when a string holds no ASCII control character (they would break or forge iCalendar lines). */
function hasNoControls(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

/** An `http(s)` address on one line, safe to write into `URL:` and JSON-LD. */
export const WebUrl = z
  .string()
  // Before the URL check, which would silently drop tabs and line breaks rather than reject them.
  .check(z.refine(hasNoControls, 'Line breaks are not allowed in a URL'), z.url({ protocol: /^https?$/ }));
export type WebUrl = z.infer<typeof WebUrl>;

/** Status of a calendar event (RFC 5545 §3.8.1.11). */
export const CalendarEventStatus = z.enum(['tentative', 'confirmed', 'cancelled']);
export type CalendarEventStatus = z.infer<typeof CalendarEventStatus>;

const RRULE_PATTERN = /^FREQ=(?:SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(?:;[A-Z]+=[A-Z0-9+,-]+)*$/;

/**
 * An RFC 5545 RRULE value (`FREQ=MONTHLY;BYDAY=2TU;UNTIL=20291231T215959Z`). Only its shape is checked:
 * FREQ first, `NAME=value` parts, UNTIL in UTC (required when DTSTART has a TZID) and not with COUNT.
 */
export const RecurrenceRule = z.string().check(
  z.regex(RRULE_PATTERN, 'Expected an RRULE value such as FREQ=MONTHLY;BYDAY=2TU'),
  z.refine(
    (rule) => !/(?:^|;)UNTIL=/.test(rule) || /(?:^|;)UNTIL=\d{8}T\d{6}Z(?:;|$)/.test(rule),
    'UNTIL must be a UTC date-time such as 20291231T215959Z',
  ),
  z.refine(
    (rule) => !(/(?:^|;)UNTIL=/.test(rule) && /(?:^|;)COUNT=/.test(rule)),
    'UNTIL and COUNT cannot both be given',
  ),
);
export type RecurrenceRule = z.infer<typeof RecurrenceRule>;

/**
 * What an iCalendar VEVENT needs. Times are instants (any offset); the export writes them as
 * `Europe/Helsinki` wall-clock time. `mode` is not an iCalendar property: it feeds the JSON-LD
 * attendance mode, and {@link occurrencesToEvents} also writes it into the categories and description.
 */
export const CalendarEvent = z
  .strictObject({
    /** Globally unique and stable across exports, so calendar apps update rather than duplicate. */
    uid: z
      .string()
      .check(z.minLength(1), z.maxLength(255), z.refine(hasNoControls, 'Control characters are not allowed')),
    title: z.string().check(z.minLength(1)),
    start: Instant,
    end: Instant,
    description: z.optional(z.string()),
    location: z.optional(z.string()),
    url: z.optional(WebUrl),
    mode: z.optional(MeetingMode),
    categories: z.optional(z.array(z.string().check(z.minLength(1)))),
    status: z.optional(CalendarEventStatus),
    /** Makes the event recurring: `start`/`end` are the first instance. */
    rrule: z.optional(RecurrenceRule),
    /** Instances of the rule that do not happen (their start instants). */
    exdates: z.optional(z.array(Instant)),
  })
  .check(
    z.refine((e) => (toEpochMs(e.end) ?? 0) > (toEpochMs(e.start) ?? 0), {
      message: 'The event must end after it starts',
      path: ['end'],
    }),
    z.refine((e) => e.exdates === undefined || e.rrule !== undefined, {
      message: 'exdates need an rrule',
      path: ['exdates'],
    }),
    z.refine((e) => e.rrule === undefined || !icalDateTime(toEpochMs(e.start) ?? 0).utc, {
      message: 'A recurring event must start at an unambiguous Helsinki time in 1997 or later',
      path: ['start'],
    }),
  );
export type CalendarEvent = z.infer<typeof CalendarEvent>;
