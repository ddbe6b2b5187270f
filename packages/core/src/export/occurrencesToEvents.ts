import * as z from 'zod/mini';
import { Cadence } from '../model/cadence.js';
import { Id, Locale, LocalizedText, NonEmptyText } from '../model/common.js';
import { parseInput, ValidationError } from '../validation/parseInput.js';
import type { GroupOccurrence, Occurrence } from '../schedule/occurrence.js';
import { helsinkiDateTime, helsinkiIsoDate } from '../time/helsinki.js';
import { toEpochMs } from '../time/isoFormat.js';
import type { CalendarEvent } from './calendarEvent.js';
import { WebUrl } from '../model/webUrl.js';
import { describeOccurrence, localize, occurrenceTitle } from './describeOccurrence.js';
import { exactMonthlyRule } from './exactMonthlyRule.js';
import { modeLabel } from '../describe/exportLabels.js';
import { parseOccurrence } from '../schedule/validOccurrence.js';
import { matches } from '../validation/formats.js';
import { modelRule } from '../validation/modelRule.js';

/** Options of {@link occurrencesToEvents}. */
export const OccurrenceEventOptions = z.strictObject({
  /** Language of titles, descriptions and categories; Finnish by default and where a text is missing. */
  locale: z.optional(Locale),
  /**
   * The group the occurrences belong to: required for plain `Occurrence`s; with `cadence`, lets a
   * monthly cadence become one recurring event. A whole `Group` may be passed (other fields are ignored).
   */
  group: z.optional(z.object({ id: Id, name: LocalizedText, cadence: z.optional(Cadence) })),
  /** Written as the LOCATION of in-person and hybrid meetings. */
  location: z.optional(NonEmptyText),
  /** Written as the URL of every event (e.g. the group's page or the meeting link). */
  url: z.optional(WebUrl),
  /**
   * The part of every UID after `@`; `perhekeskus` by default, for direct library use. Events of a
   * region should carry the region's id (`etela-savo`), as the widgets and `perhekeskus ics` do, so
   * that two counties' files stay apart in a calendar app.
   */
  uidDomain: z.optional(z.string().check(matches('invalid-domain'))),
});
export type OccurrenceEventOptions = z.infer<typeof OccurrenceEventOptions>;

interface Resolved {
  occurrence: Occurrence;
  groupId: string;
  groupName: LocalizedText;
  epochMs: number;
}

/**
 * Turns scheduled occurrences into calendar events for {@link toICalendar}. Each event gets a UID
 * built from the group and the Helsinki date the meeting was planned for (`moved.from` if it moved,
 * else its date), `steering-group-20260310@perhekeskus`, so it stays the same across exports and does
 * not depend on the other events; two meetings of a group on one day get `-2`, `-3` in start order.
 * Titles, descriptions (mode, topics, move) and categories (group, mode) are in the chosen locale.
 * When `group.cadence` is a monthly cadence that one RRULE reproduces exactly (see
 * {@link exactMonthlyRule}) and every meeting has the same texts, the result is one recurring event
 * (UID `…-series@…`); otherwise one event per occurrence, in input order.
 *
 * @param occurrences - `GroupOccurrence`s, or `Occurrence`s with `options.group`
 * @param options - locale, group (id, name, cadence), location, url, uidDomain
 * @returns the events
 * @throws {ValidationError} on invalid input, an occurrence with no group, or a group other than `options.group`
 * @example
 * const group = { id: 'steering-group', name: { fi: 'Ohjausryhmä', sv: 'Styrgruppen', en: 'Steering group' } };
 * const [event] = occurrencesToEvents(
 *   [{ start: '2026-03-10T09:00:00+02:00', end: '2026-03-10T11:00:00+02:00', mode: 'remote' }],
 *   { group, locale: 'en' },
 * );
 * event.uid; // 'steering-group-20260310@perhekeskus'
 * event.categories; // ['Steering group', 'Remote']
 */
export function occurrencesToEvents(
  occurrences: readonly (GroupOccurrence | Occurrence)[],
  options: OccurrenceEventOptions = {},
): CalendarEvent[] {
  const parsed = parseInput(z.array(z.unknown()), occurrences, 'occurrences').map((o, i) =>
    parseOccurrence(o, `occurrences[${i}]`),
  );
  const opts = parseInput(OccurrenceEventOptions, options, 'options');
  const locale = opts.locale ?? 'fi';
  const domain = opts.uidDomain ?? 'perhekeskus';

  const resolved: Resolved[] = parsed.map((o, index) => {
    const tagged = 'groupId' in o ? o : undefined;
    const groupId = tagged?.groupId ?? opts.group?.id;
    const groupName = tagged?.groupName ?? opts.group?.name;
    const fail = (rule: 'group-missing' | 'group-mismatch', message: string) =>
      new ValidationError(
        [{ code: 'custom', path: [index, 'groupId'], input: o, ...modelRule(rule, message) }],
        'occurrences',
      );
    if (groupId === undefined || groupName === undefined)
      throw fail('group-missing', 'No group: give GroupOccurrences or options.group');
    if (opts.group && groupId !== opts.group.id)
      throw fail('group-mismatch', `Belongs to ${groupId}, not to options.group ${opts.group.id}`);
    const { groupId: _id, groupName: _name, ...occurrence } = o as GroupOccurrence;
    return { occurrence, groupId, groupName, epochMs: toEpochMs(o.start) ?? 0 };
  });

  const eventOf = (r: Resolved, uid: string): CalendarEvent => {
    const { occurrence, groupName } = r;
    const event: CalendarEvent = {
      uid,
      title: occurrenceTitle(occurrence, groupName, locale) ?? localize(groupName, locale),
      start: helsinkiDateTime(r.epochMs),
      end: helsinkiDateTime(toEpochMs(occurrence.end) ?? 0),
      description: describeOccurrence(occurrence, groupName, locale),
      mode: occurrence.mode,
      categories: [localize(groupName, locale), modeLabel(occurrence.mode, locale)],
    };
    if (opts.location !== undefined && occurrence.mode !== 'remote') event.location = opts.location;
    if (opts.url !== undefined) event.url = opts.url;
    return event;
  };

  const series = recurringEvent(resolved, opts.group?.cadence, (r) => eventOf(r, ''));
  if (series) {
    const firstDate = helsinkiIsoDate(series.start).replaceAll('-', '');
    return [{ ...series.event, uid: `${resolved[0]!.groupId}-${firstDate}-series@${domain}` }];
  }

  // Suffixes count within one group and planned day, in start order, so other days never shift them.
  const baseUids = resolved.map(
    (r) => `${r.groupId}-${(r.occurrence.moved?.from ?? helsinkiIsoDate(r.epochMs)).replaceAll('-', '')}`,
  );
  const order = resolved.map((_, i) => i).sort((a, b) => resolved[a]!.epochMs - resolved[b]!.epochMs || a - b);
  const counts = new Map<string, number>();
  const uids: string[] = [];
  for (const i of order) {
    const base = baseUids[i]!;
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    uids[i] = n === 1 ? `${base}@${domain}` : `${base}-${n}@${domain}`;
  }
  return resolved.map((r, i) => eventOf(r, uids[i]!));
}

/**
 * The single recurring event for a group's occurrences, when the cadence allows one and every
 * occurrence would give the same event apart from its dates.
 */
function recurringEvent(
  resolved: readonly Resolved[],
  cadence: Cadence | undefined,
  eventOf: (r: Resolved) => CalendarEvent,
): { event: CalendarEvent; start: number } | undefined {
  if (!cadence || resolved.length < 2) return undefined;
  const rrule = exactMonthlyRule(
    cadence,
    resolved.map((r) => r.occurrence),
  );
  if (!rrule) return undefined;
  const events = resolved.map(eventOf);
  const sameTexts = (e: CalendarEvent) => JSON.stringify({ ...e, start: undefined, end: undefined });
  if (new Set(events.map(sameTexts)).size !== 1) return undefined;
  const firstIndex = resolved.reduce((best, r, i) => (r.epochMs < resolved[best]!.epochMs ? i : best), 0);
  return { event: { ...events[firstIndex]!, rrule }, start: resolved[firstIndex]!.epochMs };
}
