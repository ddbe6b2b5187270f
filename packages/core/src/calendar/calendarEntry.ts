import * as z from 'zod/mini';
import { WebUrl } from '../model/webUrl.js';
import { Instant } from '../time/instant.js';
import { FreeText, Id, LanguageCode, LocalizedText, MeetingModes, NonEmptyText } from '../model/common.js';
import { toEpochMs } from '../time/isoFormat.js';
import { modelRule } from '../validation/modelRule.js';

/** What an entry is: a group's meeting, a meeting place's activity, or an evaluation task. */
export const CalendarEntryKind = z.enum(['meeting', 'activity', 'evaluation']);
export type CalendarEntryKind = z.infer<typeof CalendarEntryKind>;

/**
 * A keyword (asiasana) of an imported event: the source system's own id (`yso:p4354`, a concept of
 * the General Finnish Ontology YSO) and its name, when the source gave one.
 */
export const EntryKeyword = z.strictObject({
  id: NonEmptyText,
  name: z.optional(LocalizedText),
});
export type EntryKeyword = z.infer<typeof EntryKeyword>;

/** The ages an event is meant for, in whole years; either bound may be open. */
export const AudienceAge = z
  .strictObject({
    min: z.optional(z.int().check(z.gte(0))),
    max: z.optional(z.int().check(z.gte(0))),
  })
  .check(
    z.refine(
      (a) => a.min === undefined || a.max === undefined || a.min <= a.max,
      modelRule('min-age-above-max-age', 'The minimum age is above the maximum age', ['max']),
    ),
  );
export type AudienceAge = z.infer<typeof AudienceAge>;

/**
 * One admission offer of an event: whether it is free (absent when the source does not say), the
 * price as the source words it (`5 € / perhe`), more about it, and a page to read more or buy.
 */
export const EntryOffer = z.strictObject({
  free: z.optional(z.boolean()),
  price: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
  url: z.optional(WebUrl),
});
export type EntryOffer = z.infer<typeof EntryOffer>;

/**
 * Where an imported entry came from: the system (`linked-events`), the record's own id there
 * (`helsinki:agggfz6gca`, which need not be a valid {@link Id}) and the record's address.
 */
export const EntrySource = z.strictObject({
  system: NonEmptyText,
  id: NonEmptyText,
  url: z.optional(WebUrl),
});
export type EntrySource = z.infer<typeof EntrySource>;

/**
 * One event of `<pk-calendar>`, and one row of the documented JSON format a page may give it (as a
 * property or a `src` URL; see {@link CalendarEntryList}). Times are instants with an offset; the
 * calendar shows them in Helsinki time. Texts are in Finnish and, where they exist, Swedish and
 * English. An `allDay` entry covers whole Helsinki days: from the day of `start` to the day before
 * `end` when `end` is midnight (`2026-09-01T00:00:00+03:00` to `2026-12-01T00:00:00+02:00` is 1
 * September–30 November), else to the day of `end`. `example: true` marks invented rows. Entries
 * imported from an event API (`importLinkedEvents`) may also say their keywords, audience, ages,
 * languages, offers, series and `source`.
 */
export const CalendarEntry = z
  .strictObject({
    /** Stable across loads, so a calendar app updates an event rather than duplicating it. */
    id: Id,
    title: LocalizedText,
    start: Instant,
    end: Instant,
    /** How the meeting is held: one mode, or the modes the group chooses between (the usual one first). */
    mode: z.optional(MeetingModes),
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
    // The fields below carry what imported events (Linked Events) say; entries made here leave them out.
    /** Keywords describing the topic and type of the event. */
    keywords: z.optional(z.array(EntryKeyword)),
    /** Audience groups the event is meant for (`lapsiperheet`, families with children). */
    audience: z.optional(z.array(EntryKeyword)),
    audienceAge: z.optional(AudienceAge),
    /** Languages spoken or supported at the event. */
    languages: z.optional(z.array(LanguageCode)),
    offers: z.optional(z.array(EntryOffer)),
    /** The series or umbrella event this entry belongs to; entries of one series share it. */
    seriesId: z.optional(Id),
    source: z.optional(EntrySource),
  })
  .check(
    z.refine(
      (e) => (toEpochMs(e.end) ?? 0) > (toEpochMs(e.start) ?? 0),
      modelRule('entry-ends-before-start', 'The entry ends before it starts', ['end']),
    ),
  );
export type CalendarEntry = z.infer<typeof CalendarEntry>;

/**
 * The JSON format of a calendar feed: `{ "$schema": "…", "entries": [ … ] }`. A bare array of
 * entries is accepted too (see `checkCalendarEntries`).
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
  $schema: z.optional(FreeText),
  entries: z.array(CalendarEntry),
});
export type CalendarEntryList = z.infer<typeof CalendarEntryList>;
