import { Locale } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { ImportIssue, ImportSource } from './importIssue.js';
import { importIssueMessages } from '../i18n/catalogue.js';
import type { ImportIssueCode } from '../validation/importIssueCodes.js';

/** The `sourceId` importers give an issue about the input as a whole (a page), not one record. */
const INPUT_IDS: readonly string[] = ['', '(input)'];

/**
 * The text with control and bidirectional-override characters written as `\u001b`-style escapes: ids, paths
 * and values come from foreign data and end up in a terminal or a page.
 */
function printable(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    const hidden =
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x200e ||
      code === 0x200f ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069);
    out += hidden ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return out;
}

/**
 * An importer issue as a sentence in Finnish, Swedish or English: it names the record (`sourceId`)
 * and the source field as written, says what happened to the value and, where the data team can act,
 * what to do (`code`, `skipped`, and `value` when the importer gave one). The importer's own English
 * `message` is not used: the sentences come from the one catalogue (`importIssueMessages`, in the
 * same file per language as the data-issue sentences). Pass `source` to name the record as a service
 * location (PTV) or an event (Linked Events); without it the record is called a record. The text is
 * plain: insert it as text, never as HTML.
 *
 * @param issue - an issue from `importPtvServiceLocations` or `importLinkedEvents`
 * @param locale - `fi`, `sv` or `en`
 * @param source - the importer that reported it: `ptv` or `linked-events`
 * @returns the message
 * @throws {ValidationError} when `issue`, `locale` or `source` is not valid
 * @example
 * importIssueMessage(
 *   { sourceId: 'abc', field: 'serviceHours[0].openingHour[1]', code: 'over-midnight', message: '…', skipped: false },
 *   'fi',
 *   'ptv',
 * ); // 'Palvelupaikka abc, kenttä serviceHours[0].openingHour[1]: aukioloaika jatkuu yli puolenyön, mitä malli ei voi esittää; kenttää ei tuotu.'
 */
export function importIssueMessage(issue: ImportIssue, locale: Locale, source?: ImportSource): string {
  const checked = parseInput(ImportIssue, issue, 'issue');
  const m = importIssueMessages[parseInput(Locale, locale, 'locale')];
  const from = source === undefined ? 'other' : parseInput(ImportSource, source, 'source');
  const subject = INPUT_IDS.includes(checked.sourceId) ? m.input : `${m.record[from]} ${printable(checked.sourceId)}`;
  const field = printable(checked.field);
  const parts = {
    field,
    skipped: checked.skipped,
    ...(checked.value === undefined ? {} : { value: printable(checked.value) }),
    where: m.where[from],
    skip: m.skip[from],
  };
  const text = Object.hasOwn(m.codes, checked.code)
    ? m.codes[checked.code as ImportIssueCode](parts)
    : m.unknown(printable(checked.code), parts);
  return `${subject}${field ? `, ${m.field(field)}` : ''}: ${text}`;
}
