import * as z from 'zod/mini';
import { WebUrl } from '../../model/webUrl.js';
import { type FieldIssue, fieldIssue, fieldPath, quote } from './linkedEventIssues.js';
import type { LinkedEventText } from './linkedEventSchemas.js';

/** What {@link pickLinkedUrl} chose and reported. */
export interface LinkedUrlResult {
  url?: string;
  issues: FieldIssue[];
}

/**
 * The one address an entry (or offer) keeps from a Linked Events multilingual URL
 * (`info_url: { fi, sv, en }`): the first valid http(s) URL in the order Finnish, Swedish, English,
 * then any other language. Each other, different address is reported as `unmapped-field` (an entry
 * has one address), and each value that is not an http(s) URL as `invalid-url`.
 *
 * @param value - the multilingual URL object, or null/undefined
 * @param field - its dotted path in the event (`info_url`, `offers[0].info_url`)
 * @returns the chosen URL, if any, and the issues
 * @example
 * pickLinkedUrl({ fi: 'https://example.fi/tapahtuma', en: 'https://example.fi/en/event' }, 'info_url');
 * // { url: 'https://example.fi/tapahtuma', issues: [{ field: 'info_url.en', code: 'unmapped-field', … }] }
 */
export function pickLinkedUrl(value: LinkedEventText | null | undefined, field: string): LinkedUrlResult {
  const issues: FieldIssue[] = [];
  if (!value) return { issues };
  const languages = Object.keys(value);
  const ordered = [
    ...['fi', 'sv', 'en'].filter((l) => languages.includes(l)),
    ...languages.filter((l) => !['fi', 'sv', 'en'].includes(l)),
  ];
  let url: string | undefined;
  for (const language of ordered) {
    const raw = value[language];
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const candidate = raw.trim();
    const path = fieldPath(field, language);
    if (!z.safeParse(WebUrl, candidate).success) {
      issues.push(fieldIssue(path, 'invalid-url', `${quote(candidate)} is not an http(s) URL`, false, candidate));
    } else if (url === undefined) {
      url = candidate;
    } else if (candidate !== url) {
      issues.push(
        fieldIssue(path, 'unmapped-field', `The address ${quote(candidate)} is not kept: an entry has one address`),
      );
    }
  }
  return url === undefined ? { issues } : { url, issues };
}
