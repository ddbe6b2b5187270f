import * as z from 'zod/mini';
import { CalendarEntry } from '../../calendar/calendarEntry.js';
import { entryDays } from '../../calendar/entryDays.js';
import { IsoDate } from '../../model/common.js';
import { formatPath, issueLogText, parseInput } from '../../validation/parseInput.js';
import { parseIsoDay } from '../../time/isoFormat.js';
import { type ImportIssue, type ImportResult, issueValue } from '../importIssue.js';
import { type FieldIssue, fieldIssue, quote, withSource } from './linkedEventIssues.js';
import { linkedEventKeywordIds } from './linkedEventKeywords.js';
import { parseLinkedEvent } from './linkedEventParse.js';
import { LinkedEventPage, LinkedEventsInput } from './linkedEventSchemas.js';
import { linkedEventStatus } from './linkedEventStatus.js';
import { linkedEventTimes } from './linkedEventTime.js';
import { linkedEventToEntry } from './linkedEventToEntry.js';
import { appendAll } from '../appendAll.js';

/** Options of {@link importLinkedEvents}. */
export const LinkedEventsImportOptions = z
  .strictObject({
    /** Keep only events with this keyword id (`yso:p4354`) in `keywords` or `audience`, as the API's `keyword` filter. */
    keyword: z.optional(z.string().check(z.minLength(1))),
    /** Keep only events that meet this Helsinki day or later. */
    from: z.optional(IsoDate),
    /** Keep only events that meet this Helsinki day or earlier. */
    to: z.optional(IsoDate),
  })
  .check(
    z.refine((o) => o.from === undefined || o.to === undefined || o.from <= o.to, {
      message: 'to is before from',
      path: ['to'],
    }),
  );
export type LinkedEventsImportOptions = z.infer<typeof LinkedEventsImportOptions>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id to name an item by in issues: its own id when it has one, else where it stands in the input. */
function itemName(item: unknown, position: string): string {
  return isObject(item) && typeof item['id'] === 'string' && item['id'] !== '' ? item['id'] : position;
}

/**
 * Calendar entries from the Linked Events API (`https://api.hel.fi/linkedevents/v1/event/`, the open
 * event API of Helsinki, Turku, Tampere and others): pass a page of the event list (`{ meta, data }`),
 * an array of events, or one event, parsed from JSON. Each event becomes one entry of
 * `kind: 'activity'` (how each field maps: `linkedEventToEntry`, `linkedEventTimes`,
 * `linkedEventStatus`), and each entry is checked against `CalendarEntry`. Nothing is dropped in
 * silence: every field that does not map is an {@link ImportIssue} (`linkedEventIssueCodes`), and an
 * event left out has exactly one issue with `skipped: true` (deleted, draft, series container,
 * cancelled, postponed, no Finnish or Swedish name, no usable time, duplicate id…). Events that the `keyword`,
 * `from` or `to` options exclude are left out without an issue. A page whose `meta.next` is set adds
 * a `more-pages` issue (with an empty `sourceId`). Pure: no network, no clock.
 *
 * @param input - the parsed JSON of a Linked Events response
 * @param options - `keyword` (a keyword id) and `from`/`to` (`YYYY-MM-DD`, Helsinki days, inclusive)
 * @returns the entries in input order, and the issues
 * @throws ValidationError naming `input` when it is none of the three shapes, or `options` when they are invalid
 * @example
 * importLinkedEvents({ meta: { count: 1, next: null, previous: null }, data: [{
 *   id: 'helsinki:agggfz6gca', name: { fi: 'Vauvakahvila', ru: 'Кафе' },
 *   start_time: '2026-03-10T07:30:00Z', end_time: '2026-03-10T09:00:00Z',
 * }] });
 * // { items: [{ id: 'helsinki-agggfz6gca', title: { fi: 'Vauvakahvila' }, start: '2026-03-10T09:30:00+02:00',
 * //     end: '2026-03-10T11:00:00+02:00', kind: 'activity', source: { system: 'linked-events', id: 'helsinki:agggfz6gca' } }],
 * //   issues: [{ sourceId: 'helsinki:agggfz6gca', field: 'name.ru', code: 'unsupported-language', skipped: false, … }] }
 */
export function importLinkedEvents(
  input: unknown,
  options: LinkedEventsImportOptions = {},
): ImportResult<CalendarEntry> {
  const parsed = parseInput(LinkedEventsInput, input, 'input');
  const { keyword, from, to } = parseInput(LinkedEventsImportOptions, options, 'options');
  const issues: ImportIssue[] = [];
  const items: CalendarEntry[] = [];

  let list: readonly unknown[];
  let prefix: string;
  if (Array.isArray(parsed)) {
    list = parsed;
    prefix = '';
  } else if (z.safeParse(LinkedEventPage, parsed).success) {
    const page = parsed as LinkedEventPage;
    list = page.data;
    prefix = 'data';
    const next = page.meta?.next;
    if (typeof next === 'string' && next.trim() !== '') {
      const count = typeof page.meta?.count === 'number' ? ` of ${page.meta.count} events` : '';
      const message = `This is one page${count}; fetch ${quote(next)} for the next one`;
      issues.push({
        sourceId: '',
        field: 'meta.next',
        code: 'more-pages',
        message,
        skipped: false,
        value: issueValue(next),
      });
    }
  } else {
    list = [input];
    prefix = '(input)';
  }

  const fromDay = from === undefined ? undefined : parseIsoDay(from);
  const toDay = to === undefined ? undefined : parseIsoDay(to);
  const sourceIds = new Set<string>();
  const entryIds = new Map<string, string>();

  for (const [index, item] of list.entries()) {
    const position = prefix === '(input)' ? prefix : `${prefix}[${index}]`;
    const skip = (sourceId: string, before: readonly FieldIssue[], issue: FieldIssue) =>
      appendAll(issues, withSource(sourceId, [...before, issue]));

    if (!isObject(item)) {
      skip(position, [], fieldIssue('', 'invalid-event', `${position} is ${quote(item)}, not an event object`, true));
      continue;
    }
    const { event, issues: parseIssues } = parseLinkedEvent(item);
    if (!event) {
      appendAll(issues, withSource(itemName(item, position), parseIssues));
      continue;
    }
    const sourceId = event.id;
    if (keyword !== undefined && !linkedEventKeywordIds(event).includes(keyword)) continue;

    const times = linkedEventTimes(event);
    if (!('skip' in times) && (fromDay !== undefined || toDay !== undefined)) {
      const [first, last] = entryDays(times);
      if ((fromDay !== undefined && last < fromDay) || (toDay !== undefined && first > toDay)) continue;
    }
    const status = linkedEventStatus(event);
    if (status.skip) {
      skip(sourceId, parseIssues, status.skip);
      continue;
    }
    if ('skip' in times) {
      skip(sourceId, parseIssues, times.skip);
      continue;
    }

    const mapped = linkedEventToEntry(event, times);
    if (!mapped.entry) {
      appendAll(issues, withSource(sourceId, [...parseIssues, ...mapped.issues]));
      continue;
    }
    const entryId = mapped.entry.id;
    if (sourceIds.has(sourceId) || entryIds.has(entryId)) {
      const earlier = sourceIds.has(sourceId)
        ? 'An earlier event has the same id'
        : `An earlier event (${quote(entryIds.get(entryId))}) maps to the same entry id ${quote(entryId)}`;
      skip(sourceId, parseIssues, fieldIssue('id', 'duplicate-id', `${earlier}; this one is left out`, true));
      continue;
    }
    const checked = z.safeParse(CalendarEntry, mapped.entry);
    if (!checked.success) {
      const reasons = checked.error.issues
        .map((i) => `${formatPath(i.path) || '(entry)'}: ${issueLogText(i)}`)
        .join('; ');
      skip(sourceId, parseIssues, fieldIssue('', 'invalid-entry', `The entry is not valid: ${reasons}`, true));
      continue;
    }
    sourceIds.add(sourceId);
    entryIds.set(entryId, sourceId);
    items.push(checked.data);
    appendAll(issues, withSource(sourceId, [...parseIssues, ...status.issues, ...times.issues, ...mapped.issues]));
  }
  return { items, issues };
}
