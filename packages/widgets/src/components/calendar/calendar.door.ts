// The checks at the door for data from a page's `src` or `entries`: loaded with a dynamic `import()`
// only when such data comes, so a page that shows only the built-in (trusted) data never downloads
// the validators and their schemas.
import {
  checkCalendarEntries,
  type DataIssue,
  dataIssueMessage,
  type Locale,
  PublishManifest,
} from '@perhekeskus/core';
import type { CheckedEntries } from './calendar.data.js';

/**
 * Calendar entries from outside, checked row by row by core (`checkCalendarEntries`): the valid
 * rows, the coded issues with the others, and whether nothing could be read at all.
 *
 * @param json - a `CalendarEntryList` or a bare array, as parsed
 * @returns the checked entries
 * @example
 * checkEntries({ entries: [] }); // { entries: [], issues: [], fatal: false }
 */
export function checkEntries(json: unknown): CheckedEntries {
  try {
    const { entries, issues, fatal } = checkCalendarEntries(json);
    return { entries, issues, fatal };
  } catch {
    return { entries: [], issues: [], fatal: true };
  }
}

/**
 * Whether a `src` manifest is one this calendar can read: core's `PublishManifest`, this format version.
 *
 * @param json - the parsed `index.json`
 * @returns true when every field the calendar relies on is as published
 */
export function checkManifest(json: unknown): boolean {
  return PublishManifest.safeParse(json).success;
}

/**
 * The one mapping from a data issue to a sentence in the widget's language: core's catalogue, by the
 * issue's code (`dataIssueMessage`), naming the entry by its number and its title in the page's
 * language when the data has it.
 *
 * @param issue - an issue from {@link checkEntries}
 * @param locale - the widget's language
 * @returns the sentence, naming the entry and the field (plain text: insert it as text, never as HTML)
 * @example
 * issueText({ path: 'entries[1].start', keys: ['entries', 1, 'start'], code: 'invalid-date-time',
 *   received: '10.3.2026 9.30', row: { section: 'entries', index: 1, name: { fi: 'Perhekahvila' } } }, 'fi');
 * // 'Tapahtuma 2 (”Perhekahvila”): kenttä start: …; nyt ”10.3.2026 9.30”.'
 */
export function issueText(issue: DataIssue, locale: Locale): string {
  return dataIssueMessage(issue, locale, { document: 'entries' });
}
