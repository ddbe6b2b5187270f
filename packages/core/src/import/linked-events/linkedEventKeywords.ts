import type { EntryKeyword } from '../../calendar/calendarEntry.js';
import { referenceId } from './linkedEventId.js';
import { type FieldIssue, fieldIssue, fieldPath, quote } from './linkedEventIssues.js';
import type { LinkedEventKeyword } from './linkedEventSchemas.js';
import { readLinkedText } from './linkedEventText.js';
import { appendAll } from '../appendAll.js';

/** What {@link linkedEventKeywords} read. */
export interface LinkedKeywordsResult {
  keywords: EntryKeyword[];
  issues: FieldIssue[];
}

/**
 * Keywords (or audience groups) of an event as {@link EntryKeyword}s: each keeps its Linked Events id
 * (`yso:p4354`) and, when the keyword was expanded (`include=keywords` or `include=audience`), its
 * name. When some came as `@id` links only, one `reference-only` issue says how many and how to get
 * the names. A keyword whose name has neither Finnish nor Swedish keeps its id only
 * (`missing-national-language`); one with no
 * id at all is reported (`invalid-field`); a repeated id is kept once.
 *
 * @param list - the event's `keywords` or `audience`, or null/undefined
 * @param field - `keywords` or `audience`
 * @returns the keywords and the issues
 * @example
 * linkedEventKeywords([
 *   { '@id': 'https://api.hel.fi/linkedevents/v1/keyword/yso:p4354/' },
 *   { id: 'yso:p13050', name: { fi: 'lapsiperheet', sv: 'barnfamiljer', en: 'families with children' } },
 * ], 'keywords');
 * // { keywords: [{ id: 'yso:p4354' }, { id: 'yso:p13050', name: { fi: 'lapsiperheet', … } }],
 * //   issues: [{ field: 'keywords', code: 'reference-only', … }] }
 */
export function linkedEventKeywords(
  list: readonly LinkedEventKeyword[] | null | undefined,
  field: 'keywords' | 'audience',
): LinkedKeywordsResult {
  const keywords: EntryKeyword[] = [];
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const linksOnly: string[] = [];
  (list ?? []).forEach((keyword, index) => {
    const path = fieldPath(field, index);
    const id = referenceId(keyword);
    if (id === undefined) {
      issues.push(fieldIssue(path, 'invalid-field', 'A keyword without an id or @id is left out'));
      return;
    }
    if (seen.has(id)) return;
    seen.add(id);
    const entry: EntryKeyword = { id };
    if (keyword.name === undefined) {
      linksOnly.push(id);
    } else {
      const name = readLinkedText(keyword.name, fieldPath(path, 'name'));
      appendAll(issues, name.issues);
      if (name.text) entry.name = name.text;
      else if (name.found.length > 0) {
        const message = `The keyword ${quote(id)} has no Finnish or Swedish name; its ${name.found.join(', ')} name is not kept`;
        issues.push(fieldIssue(fieldPath(path, 'name'), 'missing-national-language', message));
      }
    }
    keywords.push(entry);
  });
  if (linksOnly.length > 0) {
    const shown = linksOnly.slice(0, 5).join(', ') + (linksOnly.length > 5 ? ', …' : '');
    const message = `${linksOnly.length} of ${keywords.length} ${field === 'keywords' ? 'keywords' : 'audience groups'} are links only (${shown}): their ids are kept; request the events with include=${field} for their names`;
    issues.push(fieldIssue(field, 'reference-only', message));
  }
  return { keywords, issues };
}

/**
 * The keyword ids of an event, from `keywords` and `audience` both, as the API's own `keyword`
 * filter matches them.
 *
 * @param event - an event's `keywords` and `audience` lists
 * @returns the ids, in order, without repeats
 * @example
 * linkedEventKeywordIds({ keywords: [{ '@id': 'https://api.hel.fi/linkedevents/v1/keyword/yso:p4354/' }], audience: [{ id: 'yso:p13050' }] });
 * // ['yso:p4354', 'yso:p13050']
 */
export function linkedEventKeywordIds(event: {
  readonly keywords?: readonly LinkedEventKeyword[] | null | undefined;
  readonly audience?: readonly LinkedEventKeyword[] | null | undefined;
}): string[] {
  const ids = [...(event.keywords ?? []), ...(event.audience ?? [])].map((k) => referenceId(k));
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}
