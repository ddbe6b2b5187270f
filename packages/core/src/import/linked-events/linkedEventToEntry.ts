import * as z from 'zod/mini';
import type { AudienceAge, CalendarEntry, EntrySource } from '../../calendar/calendarEntry.js';
import { WebUrl } from '../../model/webUrl.js';
import { otherFieldIssues } from './linkedEventFields.js';
import { linkedEventEntryId, referenceId } from './linkedEventId.js';
import { type FieldIssue, fieldIssue, quote } from './linkedEventIssues.js';
import { linkedEventKeywords } from './linkedEventKeywords.js';
import { linkedEventLanguages } from './linkedEventLanguages.js';
import { linkedEventLocation } from './linkedEventLocation.js';
import { linkedEventOffers } from './linkedEventOffers.js';
import type { LinkedEvent } from './linkedEventSchemas.js';
import { readLinkedText } from './linkedEventText.js';
import type { EntryTimes } from './linkedEventTime.js';
import { pickLinkedUrl } from './linkedEventUrl.js';
import { appendAll } from '../appendAll.js';

/** The `system` of every entry's `source`. */
export const LINKED_EVENTS_SYSTEM = 'linked-events';

/** What {@link linkedEventToEntry} made. */
export interface MappedLinkedEvent {
  /** The entry, not yet checked against `CalendarEntry`; absent when the event is skipped. */
  entry?: CalendarEntry;
  /** The notes on the mapping, or the one skip issue when there is no entry. */
  issues: FieldIssue[];
}

/** The entry's description: the full description, else the short one; the other is reported. */
function description(event: LinkedEvent, issues: FieldIssue[]) {
  const full = readLinkedText(event.description, 'description', true);
  const short = readLinkedText(event.short_description, 'short_description', true);
  if (full.text) {
    appendAll(issues, full.issues);
    if (short.found.length > 0) {
      issues.push(
        fieldIssue('short_description', 'unmapped-field', 'The short description is not kept: the full description is'),
      );
    }
    return full.text;
  }
  appendAll(issues, [...short.issues, ...full.issues]);
  if (full.found.length > 0) {
    const message = `No Finnish or Swedish text; the ${full.found.join(', ')} description is not kept`;
    issues.push(fieldIssue('description', 'missing-national-language', message));
  }
  if (!short.text && short.found.length > 0) {
    const message = `No Finnish or Swedish text; the ${short.found.join(', ')} short description is not kept`;
    issues.push(fieldIssue('short_description', 'missing-national-language', message));
  }
  return short.text;
}

/** `{ min, max }` from `audience_min_age`/`audience_max_age`; negative or crossed ages are reported. */
function audienceAge(event: LinkedEvent, issues: FieldIssue[]): AudienceAge | undefined {
  const age: AudienceAge = {};
  for (const [field, key] of [
    ['audience_min_age', 'min'],
    ['audience_max_age', 'max'],
  ] as const) {
    const value = event[field];
    if (value === undefined || value === null) continue;
    if (value < 0) issues.push(fieldIssue(field, 'invalid-field', `The age ${value} is negative; left out`));
    else age[key] = value;
  }
  if (age.min !== undefined && age.max !== undefined && age.min > age.max) {
    const message = `The minimum age ${age.min} is above the maximum age ${age.max}; neither is kept`;
    issues.push(fieldIssue('audience_max_age', 'invalid-field', message));
    return undefined;
  }
  return age.min === undefined && age.max === undefined ? undefined : age;
}

/** `type_id`: `General` is what an entry is; `Course` and `Volunteering` are facts an entry cannot hold. */
function eventType(event: LinkedEvent, issues: FieldIssue[]): void {
  const type = event.type_id;
  if (type === undefined || type === null || type === '' || type === 'General') return;
  if (type === 'Course' || type === 'Volunteering') {
    issues.push(fieldIssue('type_id', 'unmapped-field', `The event type ${type} is not kept: entries are activities`));
  } else {
    issues.push(
      fieldIssue(
        'type_id',
        'unknown-value',
        `The value ${quote(type)} is not one the API documents; ignored`,
        false,
        type,
      ),
    );
  }
}

/**
 * One Linked Events event as a calendar entry (`kind: 'activity'`), given the times
 * `linkedEventTimes` decided. The id becomes a valid {@link Id} (`linkedEventEntryId`), and the
 * original id and `@id` address are kept in `source`. The name is the title, in every language
 * `readLinkedText` carries (a Swedish-only name gives `{ sv: … }`); without a Finnish or a Swedish name
 * the event is skipped (`missing-name`), because an entry's title must have one of them. Everything
 * else maps as its own module says (`readLinkedText`, `linkedEventLocation`, `linkedEventKeywords`,
 * `linkedEventLanguages`, `linkedEventOffers`, `pickLinkedUrl`); `super_event` becomes `seriesId`, the
 * ages `audienceAge`, and every field left unread is reported by `otherFieldIssues`.
 *
 * @param event - the parsed event (status already checked by `linkedEventStatus`)
 * @param times - the entry's start, end and all-day flag
 * @returns the entry and the notes, or no entry and its one skip issue
 * @example
 * linkedEventToEntry(
 *   { id: 'helsinki:agggfz6gca', name: { fi: 'Vauvakahvila' }, super_event: { '@id': 'https://api.hel.fi/linkedevents/v1/event/helsinki:agggfz6fzy/' } },
 *   { start: '2026-03-10T09:30:00+02:00', end: '2026-03-10T11:00:00+02:00', allDay: false, issues: [] },
 * ).entry;
 * // { id: 'helsinki-agggfz6gca', title: { fi: 'Vauvakahvila' }, start: '2026-03-10T09:30:00+02:00',
 * //   end: '2026-03-10T11:00:00+02:00', kind: 'activity', seriesId: 'helsinki-agggfz6fzy',
 * //   source: { system: 'linked-events', id: 'helsinki:agggfz6gca' } }
 */
export function linkedEventToEntry(event: LinkedEvent, times: EntryTimes): MappedLinkedEvent {
  const issues: FieldIssue[] = [];
  const name = readLinkedText(event.name, 'name');
  if (!name.text) {
    // The languages it has: carried ones (`en`, `se`) and the others, quoted, as their issues name them.
    const only = [...name.found, ...name.issues.map((issue) => quote(issue.value ?? ''))];
    const message =
      only.length > 0
        ? `The name has no Finnish or Swedish version (only ${only.join(', ')}), one of which an entry's title requires`
        : 'The event has no name';
    return { issues: [fieldIssue('name', 'missing-name', message, true)] };
  }
  appendAll(issues, name.issues);

  const entry: CalendarEntry = {
    id: linkedEventEntryId(event.id),
    title: name.text,
    start: times.start,
    end: times.end,
  };
  const place = linkedEventLocation(event.location, event.location_extra_info);
  appendAll(issues, place.issues);
  if (place.mode) entry.mode = place.mode;
  if (place.location) entry.location = place.location;
  const text = description(event, issues);
  if (text) entry.description = text;
  entry.kind = 'activity';
  if (times.allDay) entry.allDay = true;
  const url = pickLinkedUrl(event.info_url, 'info_url');
  appendAll(issues, url.issues);
  if (url.url) entry.url = url.url;

  const keywords = linkedEventKeywords(event.keywords, 'keywords');
  appendAll(issues, keywords.issues);
  if (keywords.keywords.length > 0) entry.keywords = keywords.keywords;
  const audience = linkedEventKeywords(event.audience, 'audience');
  appendAll(issues, audience.issues);
  if (audience.keywords.length > 0) entry.audience = audience.keywords;
  const age = audienceAge(event, issues);
  if (age) entry.audienceAge = age;
  const languages = linkedEventLanguages(event.in_language);
  appendAll(issues, languages.issues);
  if (languages.languages.length > 0) entry.languages = languages.languages;
  const offers = linkedEventOffers(event.offers);
  appendAll(issues, offers.issues);
  if (offers.offers.length > 0) entry.offers = offers.offers;

  if (event.super_event) {
    const series = referenceId(event.super_event);
    if (series === undefined) {
      issues.push(fieldIssue('super_event', 'invalid-field', 'The link to the series has no event id; left out'));
    } else {
      entry.seriesId = linkedEventEntryId(series);
    }
  }
  eventType(event, issues);

  const source: EntrySource = { system: LINKED_EVENTS_SYSTEM, id: event.id };
  const address = event['@id'];
  if (typeof address === 'string' && address.trim() !== '') {
    if (z.safeParse(WebUrl, address.trim()).success) source.url = address.trim();
    else issues.push(fieldIssue('@id', 'invalid-url', `${quote(address)} is not an http(s) URL`, false, address));
  }
  entry.source = source;

  appendAll(issues, otherFieldIssues(event));
  return { entry, issues };
}
