import { Locale } from '../model/common.js';
import type { DataIssue } from '../validation/dataIssue.js';
import { formatPath, parseInput } from '../validation/parseInput.js';
import { issueMessages } from './catalogue.js';
import { dataIssueRowName } from './dataIssueRowName.js';
import { dataIssueText } from './dataIssueText.js';
import type { IssueDocument } from './issueMessages.js';

/** Options of {@link dataIssueMessage}. */
export interface DataIssueMessageOptions {
  /** What the data is, to name it when an issue is in no row (default `data`). */
  readonly document?: IssueDocument;
  /** Names the data as given instead (a file name such as `places.json`); wins over `document`. */
  readonly subject?: string;
}

/**
 * A data issue as a sentence in Finnish, Swedish or English that names the row (a place or an event
 * by its number and its name in the reader's language when the data has one, else its id; any other
 * row by its list, index and id), the field, and what is wrong and expected: `Kohde 4
 * (”Perhekahvila”): kenttä activities[0].start: aika pitää antaa muodossa HH:mm; nyt ”9.00”.` The sentences come from the catalogue (`issueMessages`), by the issue's code; the
 * text is plain, and names and values in it come from the data, so insert it as text, never as HTML.
 *
 * @param issue - an issue from `dataIssues`, `checkPlaces`, `checkCalendarEntries`,
 *   `regionReferenceIssues`, `scheduleIssues` or `placeMunicipalityIssues`
 * @param locale - `fi`, `sv` or `en`
 * @param options - how to name the data when the issue is in no row
 * @returns the sentence
 * @example
 * dataIssueMessage(
 *   { path: 'places[1].municipalityCode', keys: ['places', 1, 'municipalityCode'], code: 'invalid-municipality-code',
 *     received: '68', row: { section: 'places', index: 1, id: 'narpes', name: { fi: 'Perhekahvila', sv: 'Familjecaféet' } } },
 *   'sv',
 * ); // 'Plats 2 (”Familjecaféet”): fältet municipalityCode: kommunkoden ska vara Statistikcentralens tresiffriga kod (t.ex. 681); nu ”68”.'
 */
export function dataIssueMessage(issue: DataIssue, locale: Locale, options: DataIssueMessageOptions = {}): string {
  const l = parseInput(Locale, locale, 'locale');
  const m = issueMessages[l];
  const { row } = issue;
  const subject = row
    ? m.row(row, dataIssueRowName(row, l)?.text)
    : (options.subject ?? m.documents[options.document ?? 'data']);
  const field = row ? formatPath(issue.keys.slice(2)) : issue.path;
  return `${subject}: ${field ? `${m.field(field)}: ` : ''}${dataIssueText(issue, l)}`;
}
