import { Locale } from '../model/common.js';
import { parseInput } from '../model/validation.js';
import type { PlaceIssue } from './placeIssue.js';
import { placeIssueMessages } from './placeIssueMessages.js';

const ROW_PREFIX = /^places\[\d+\]\.?/;

/**
 * A sentence in Finnish, Swedish or English that names the place (its 1-based number and name or
 * id) and the field, and says what is wrong and what is expected. The text is plain: a widget must
 * still insert it as text, never as HTML, since names come from the data.
 *
 * @param issue - an issue from `validatePlaces` (its `message` is ignored)
 * @param locale - `fi`, `sv` or `en`
 * @returns the message
 * @example
 * placeIssueMessage(
 *   { index: 3, placeName: 'Perhekahvila', path: 'places[3].activities[0].start', code: 'invalid-time', message: '' },
 *   'fi',
 * ); // 'Kohde 4 (”Perhekahvila”): kenttä activities[0].start: aika pitää antaa muodossa HH:mm.'
 */
export function placeIssueMessage(issue: Omit<PlaceIssue, 'message'>, locale: Locale): string {
  const m = placeIssueMessages[parseInput(Locale, locale, 'locale')];
  const subject = issue.index === undefined ? m.list : m.place(issue.index + 1, issue.placeName, issue.placeId);
  const field = issue.index === undefined ? issue.path : issue.path.replace(ROW_PREFIX, '');
  const text = (m.codes[issue.code] ?? m.codes.custom)(issue);
  return `${subject}: ${field ? `${m.field(field)}: ` : ''}${text}`;
}
