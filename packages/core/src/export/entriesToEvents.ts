import * as z from 'zod/mini';
import type { CalendarEvent } from './calendarEvent.js';
import { EXPORT_LABELS, modesLabel } from '../describe/exportLabels.js';
import { Locale, type LocalizedText } from '../model/common.js';
import { displayText } from '../model/displayText.js';
import { meetingModes } from '../model/meetingModes.js';
import { parseInput } from '../validation/parseInput.js';
import { CalendarEntry } from '../calendar/calendarEntry.js';
import { matches } from '../validation/formats.js';

/** Options of {@link entriesToEvents}. */
export const EntryEventOptions = z.strictObject({
  /** Language of the texts; Finnish by default and where a text is missing. */
  locale: z.optional(Locale),
  /**
   * The part of every UID after `@`; `perhekeskus` by default, as in `occurrencesToEvents`. Events of
   * a region should carry the region's id (`etela-savo`), so that two counties' files stay apart.
   */
  uidDomain: z.optional(z.string().check(matches('invalid-domain'))),
});
export type EntryEventOptions = z.infer<typeof EntryEventOptions>;

/**
 * Calendar entries as iCalendar events for `toICalendar`, for the calendar's "add to calendar"
 * links (one entry or the whole view): UID `<entry id>@perhekeskus`, so a group meeting has the same
 * UID as from `occurrencesToEvents` and a calendar app updates rather than duplicates it; title,
 * location and description in the locale (Finnish where a text is missing); the description lists
 * the group when the title is another, the meeting mode, the entry's description and its topics;
 * categories are the group's name and the mode. An all-day entry (`allDay`, such as the tasks of
 * `entriesFromEvaluationCalendar`) becomes an all-day event over the same Helsinki calendar days,
 * which `toICalendar` writes as dates; its UID is the same as for a timed entry.
 *
 * @param entries - calendar entries
 * @param options - `locale` (default `fi`) and `uidDomain` (default `perhekeskus`, for direct library
 *   use; a published region's events should carry its id, `etela-savo`, as the widgets and the CLI do)
 * @returns one event per entry, in input order
 * @throws ValidationError naming `entries` or `options` when invalid
 * @example
 * entriesToEvents([{ id: 'steering-group-20260310', title: { fi: 'Ohjausryhmä', en: 'Steering group' },
 *   start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' }], { locale: 'en' });
 * // [{ uid: 'steering-group-20260310@perhekeskus', title: 'Steering group', start: '2026-03-10T09:00:00+02:00',
 * //    end: '2026-03-10T11:00:00+02:00', description: 'Format: Remote', mode: 'remote', categories: ['Remote'] }]
 */
export function entriesToEvents(entries: readonly CalendarEntry[], options: EntryEventOptions = {}): CalendarEvent[] {
  const list = parseInput(z.array(CalendarEntry), entries, 'entries');
  const { locale = 'fi', uidDomain = 'perhekeskus' } = parseInput(EntryEventOptions, options, 'options');
  const text = (value: LocalizedText) => displayText(value, locale).text;
  const labels = EXPORT_LABELS[locale];
  return list.map((entry) => {
    const title = text(entry.title);
    const group = entry.groupName ? text(entry.groupName) : undefined;
    const modeName = entry.mode ? modesLabel(entry.mode, locale) : undefined;
    const lines: string[] = [];
    if (group && group !== title) lines.push(group);
    if (modeName) lines.push(`${labels.modeHeading}: ${modeName}`);
    if (entry.description) lines.push(text(entry.description));
    if (entry.topics?.length) lines.push(`${labels.topicsHeading}:`, ...entry.topics.map((t) => `- ${text(t)}`));
    const event: CalendarEvent = { uid: `${entry.id}@${uidDomain}`, title, start: entry.start, end: entry.end };
    if (entry.allDay) event.allDay = true;
    if (lines.length > 0) event.description = lines.join('\n');
    if (entry.location) event.location = text(entry.location);
    if (entry.url) event.url = entry.url;
    if (entry.mode) event.mode = meetingModes(entry.mode)[0];
    const categories = [group, modeName].filter((c): c is string => c !== undefined);
    if (categories.length > 0) event.categories = categories;
    return event;
  });
}
