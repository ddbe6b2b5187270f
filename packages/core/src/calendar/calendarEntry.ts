import * as z from 'zod/mini';
import { WebUrl } from '../export/calendarEvent.js';
import { Instant } from '../export/instant.js';
import { Id, LocalizedText, MeetingMode } from '../model/common.js';
import { toEpochMs } from '../schedule/time/isoFormat.js';

/** What an entry is: a group's meeting, a meeting place's activity, or an evaluation task. */
export const CalendarEntryKind = z.enum(['meeting', 'activity', 'evaluation']);
export type CalendarEntryKind = z.infer<typeof CalendarEntryKind>;

/**
 * One event of `<pk-calendar>`, and one row of the documented JSON format a page may give it (as a
 * property or a `src` URL; see {@link CalendarEntryList}). Times are instants with an offset; the
 * calendar shows them in Helsinki time. Texts are in Finnish and, where they exist, Swedish and
 * English. An `allDay` entry covers whole Helsinki days: from the day of `start` to the day before
 * `end` when `end` is midnight (`2026-09-01T00:00:00+03:00` to `2026-12-01T00:00:00+02:00` is 1
 * September–30 November), else to the day of `end`. `example: true` marks invented rows.
 */
export const CalendarEntry = z
  .strictObject({
    /** Stable across loads, so a calendar app updates an event rather than duplicating it. */
    id: Id,
    title: LocalizedText,
    start: Instant,
    end: Instant,
    mode: z.optional(MeetingMode),
    location: z.optional(LocalizedText),
    groupId: z.optional(Id),
    groupName: z.optional(LocalizedText),
    placeId: z.optional(Id),
    description: z.optional(LocalizedText),
    topics: z.optional(z.array(LocalizedText)),
    kind: z.optional(CalendarEntryKind),
    allDay: z.optional(z.boolean()),
    example: z.optional(z.boolean()),
    url: z.optional(WebUrl),
  })
  .check(
    z.refine((e) => (toEpochMs(e.end) ?? 0) > (toEpochMs(e.start) ?? 0), {
      message: 'The entry ends before it starts',
      path: ['end'],
    }),
  );
export type CalendarEntry = z.infer<typeof CalendarEntry>;

/**
 * The JSON format of a calendar feed: `{ "$schema": "…", "entries": [ … ] }`. A bare array of
 * entries is accepted too (see `validateCalendarEntries`).
 *
 * @example
 * {
 *   "entries": [{
 *     "id": "perhekahvila-2026-03-10", "title": { "fi": "Perhekahvila", "en": "Family café" },
 *     "start": "2026-03-10T09:30:00+02:00", "end": "2026-03-10T11:00:00+02:00",
 *     "mode": "in-person", "location": { "fi": "Juvan seurakuntatalo" }, "kind": "activity"
 *   }]
 * }
 */
export const CalendarEntryList = z.strictObject({
  $schema: z.optional(z.string()),
  entries: z.array(CalendarEntry),
});
export type CalendarEntryList = z.infer<typeof CalendarEntryList>;
