import { referenceId } from './linkedEventId.js';
import { type FieldIssue, fieldIssue, fieldPath, quote } from './linkedEventIssues.js';
import type { LinkedEventLanguage } from './linkedEventSchemas.js';

/** An ISO 639 code as our `LanguageCode` takes it: two or three lower-case letters. */
const ISO_639 = /^[a-z]{2,3}$/;

/** What {@link linkedEventLanguages} read. */
export interface LinkedLanguagesResult {
  languages: string[];
  issues: FieldIssue[];
}

/**
 * The languages of an event (`in_language`: spoken or supported at it) as ISO 639 codes. Linked
 * Events names them by id (`…/language/fi/`, or `{ "id": "fi" }` expanded); an id that is not an ISO
 * 639 code, such as `zh_hans`, cannot be carried and is reported (`unsupported-language`), as is an
 * item with no id (`invalid-field`). Repeats are kept once.
 *
 * @param list - the event's `in_language`, or null/undefined
 * @returns the codes, in order, and the issues
 * @example
 * linkedEventLanguages([{ '@id': 'https://api.hel.fi/linkedevents/v1/language/fi/' }, { id: 'zh_hans' }]);
 * // { languages: ['fi'], issues: [{ field: 'in_language[1]', code: 'unsupported-language', … }] }
 */
export function linkedEventLanguages(list: readonly LinkedEventLanguage[] | null | undefined): LinkedLanguagesResult {
  const languages: string[] = [];
  const issues: FieldIssue[] = [];
  (list ?? []).forEach((language, index) => {
    const path = fieldPath('in_language', index);
    const id = referenceId(language);
    if (id === undefined) {
      issues.push(fieldIssue(path, 'invalid-field', 'A language without an id or @id is left out'));
    } else if (!ISO_639.test(id)) {
      issues.push(
        fieldIssue(
          path,
          'unsupported-language',
          `The language ${quote(id)} is not an ISO 639 code an entry can carry`,
          false,
          id,
        ),
      );
    } else if (!languages.includes(id)) {
      languages.push(id);
    }
  });
  return { languages, issues };
}
