import { Locale } from '../model/common.js';
import { parseInput } from '../model/validation.js';
import type { PlaceIssue } from '../search/placeIssue.js';
import { placeIssueMessages } from '../search/placeIssueMessages.js';
import type { CalendarIssue } from './calendarIssue.js';
import { calendarMessages } from './calendarMessages.js';

const ROW_PREFIX = /^entries\[\d+\]\.?/;

/**
 * A sentence in Finnish, Swedish or English that names the entry (its 1-based number and title or
 * id) and the field, and says what is wrong and what is expected, worded as `placeIssueMessage`
 * words problems in meeting-place data. The text is plain: a widget must still insert it as text,
 * never as HTML, since titles come from the data.
 *
 * @param issue - an issue from `validateCalendarEntries` (its `message` is ignored)
 * @param locale - `fi`, `sv` or `en`
 * @returns the message
 * @example
 * calendarIssueMessage(
 *   { index: 2, entryTitle: 'Perhekahvila', path: 'entries[2].start', code: 'invalid-date-time', received: '2026-03-10 09:30' },
 *   'en',
 * ); // 'Event 3 (“Perhekahvila”): field start: the date and time must be given as YYYY-MM-DDTHH:mm:ss with a time zone (e.g. 2026-03-10T09:30:00+02:00) and be a real moment; got “2026-03-10 09:30”.'
 */
export function calendarIssueMessage(issue: Omit<CalendarIssue, 'message'>, locale: Locale): string {
  const l = parseInput(Locale, locale, 'locale');
  const m = calendarMessages[l];
  const p = placeIssueMessages[l];
  const subject = issue.index === undefined ? m.list : m.entry(issue.index + 1, issue.entryTitle, issue.entryId);
  const field = issue.index === undefined ? issue.path : issue.path.replace(ROW_PREFIX, '');
  const { code } = issue;
  let text: string;
  if (code === 'not-a-list') text = m.notAList;
  else if (code === 'duplicate-id') text = m.duplicateId(issue.received ?? '');
  else if (code === 'invalid-date-time')
    text = `${m.dateTime}${issue.received !== undefined ? p.now(issue.received) : ''}.`;
  else {
    const generic: Omit<PlaceIssue, 'message'> = { ...issue, code };
    text = (p.codes[code] ?? p.codes.custom)(generic);
  }
  return `${subject}: ${field ? `${p.field(field)}: ` : ''}${text}`;
}
