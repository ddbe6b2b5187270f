import { type ImportIssue, issueValue } from '../importIssue.js';

/**
 * Every `code` `importLinkedEvents` reports, with what it means. Codes marked *skipped* leave the
 * whole event out (`skipped: true`); the others leave out one field or only inform.
 */
export const linkedEventIssueCodes = {
  'invalid-event': 'skipped: the item is not an event object with a string id',
  'duplicate-id': 'skipped: an earlier event of the input has the same id (or maps to the same entry id)',
  deleted: 'skipped: the event was deleted in Linked Events (`deleted: true`)',
  draft: 'skipped: the event is a draft (`publication_status: "draft"`), not published',
  'series-container': 'skipped: the event is the container of a recurring series; its sub-events carry the dates',
  cancelled: 'skipped: the event was cancelled (`EventCancelled`)',
  postponed: 'skipped: the event was postponed to an unknown date (`EventPostponed`)',
  'missing-name':
    'skipped: the event has no name in Finnish or Swedish (only in other languages, or none), which an entry title requires',
  'missing-national-language':
    'a text has neither a Finnish nor a Swedish version, which our model requires, so it is left out; a place name in another language stands in the location text as a proper name',
  'missing-start-time': 'skipped: the event has no start_time',
  'invalid-time':
    'a time is not an ISO 8601 date or date-time; skipped for start_time, the end is assumed for end_time',
  'end-before-start': 'skipped: the event ends before it starts',
  'missing-end-time': 'the event has no end_time (or it equals start_time); the end was assumed as the message says',
  'invalid-entry': 'skipped: the mapped entry did not pass the CalendarEntry schema',
  rescheduled: 'kept: the event was rescheduled (`EventRescheduled`); its times are the new ones',
  'unknown-value': 'a field has a value the API does not document; ignored',
  'invalid-field': 'a field does not have the documented shape; left out',
  'invalid-url': 'an address is not an http(s) URL; left out',
  'unknown-field': 'a field the API does not document; not imported',
  'unmapped-field': 'a documented field our calendar entry model cannot hold; not imported',
  'unsupported-language':
    'a text in a language our model cannot carry (entries carry fi, sv, en, se, smn and sms), or a language id that is not an ISO 639 code; left out',
  'reference-only': 'keywords, audience or the place came as links only; their names need include=…',
  'more-pages': 'the input is one page of a longer list; fetch meta.next for the rest',
} as const;
export type LinkedEventIssueCode = keyof typeof linkedEventIssueCodes;

/** Internal: an issue before the event's id is attached. */
export interface FieldIssue {
  field: string;
  code: LinkedEventIssueCode;
  message: string;
  skipped: boolean;
  /** The offending value as received, for `ImportIssue.value`. */
  value?: string;
}

/** Internal: builds a field issue; `value` (the offending source value) becomes `ImportIssue.value`. */
export function fieldIssue(
  field: string,
  code: LinkedEventIssueCode,
  message: string,
  skipped = false,
  value?: unknown,
): FieldIssue {
  const shown = issueValue(value);
  return shown === undefined ? { field, code, message, skipped } : { field, code, message, skipped, value: shown };
}

/** Internal: attaches the source id to field issues. */
export function withSource(sourceId: string, issues: readonly FieldIssue[]): ImportIssue[] {
  return issues.map((i) => ({
    sourceId,
    field: i.field,
    code: i.code,
    message: i.message,
    skipped: i.skipped,
    ...(i.value === undefined ? {} : { value: i.value }),
  }));
}

const PLAIN_KEY = /^[A-Za-z0-9_@$-]{1,40}$/;

/**
 * Internal: the dotted path of a child field, `offers[0].price.ru`; a key that is not a plain name is
 * quoted and cut (`name["a.b"]`) so a hostile key cannot forge a path.
 */
export function fieldPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (PLAIN_KEY.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(cut(key, 40))}]`;
}

/** Internal: a string cut to `max` characters with an ellipsis. */
export function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Internal: a value for a message, JSON-quoted and cut to 100 characters so hostile input stays short. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return cut(text, 100);
}

/**
 * Internal: whether a value carries nothing: null, undefined, blank text, or an array or object of
 * such values (`{ "fi": "", "sv": "" }`, `[]`). `false` and `0` carry something. Depth is limited so
 * that a deep or cyclic object counts as something.
 */
export function isEmptyValue(value: unknown, depth = 0): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value !== 'object') return false;
  if (depth > 4) return false;
  const values = Array.isArray(value) ? value : Object.values(value);
  return values.every((v) => isEmptyValue(v, depth + 1));
}
