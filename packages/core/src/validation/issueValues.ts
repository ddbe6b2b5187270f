import type { IssueText } from './dataIssue.js';

/**
 * Internal: small readers shared by the issue makers (`dataIssues`, the list validators, the
 * reference checks). Values quoted in issues come from foreign data: they are cut short and never
 * evaluated.
 */

/** Quoted text is cut to this many characters. */
const MAX_TEXT = 100;
/** At most this many unknown field names are quoted. */
export const MAX_KEYS = 20;

const LANGUAGES = ['fi', 'sv', 'en', 'se', 'smn', 'sms'] as const;

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type of a value as issues name it: `null`, `array`, `string`, `number`, `object`… */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A lone surrogate, for {@link cut}: quoted text is well-formed even when the data's is not. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Cuts quoted text to 100 characters, never between the two halves of a character (😀), and with
 * any lone surrogate of the data replaced by U+FFFD (�), so an issue can always be encoded or shown.
 */
export function cut(text: string): string {
  let end = text.length > MAX_TEXT ? MAX_TEXT - 1 : text.length;
  const last = text.charCodeAt(end - 1);
  if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
  return (end < text.length ? `${text.slice(0, end)}…` : text).replace(LONE_SURROGATE, '\ufffd');
}

/** A short plain-text view of a primitive value; undefined for objects and lists. */
export function preview(value: unknown): string | undefined {
  if (typeof value === 'string') return cut(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The value at `path` inside `root`, own properties only; `found` is false when a key is absent. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key))
      return { found: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value };
}

/** A name as an issue quotes it: text in each language it has (trimmed, cut), or a plain string. */
export function issueText(name: unknown): IssueText | undefined {
  if (typeof name === 'string') return name.trim() ? { fi: cut(name.trim()) } : undefined;
  if (!isRecord(name)) return undefined;
  const text: Record<string, string> = {};
  for (const lang of LANGUAGES) {
    const value = Object.hasOwn(name, lang) ? name[lang] : undefined;
    if (typeof value === 'string' && value.trim()) text[lang] = cut(value.trim());
  }
  return Object.keys(text).length > 0 ? text : undefined;
}

/** A row's `id` (or a municipality's `code`) and its `name` (or `title`, or a ring's `label`), when they are usable. */
export function identifyRow(row: unknown): { id?: string; name?: IssueText } {
  if (!isRecord(row)) return {};
  const id = [row['id'], row['code']].find((value) => typeof value === 'string' && value !== '') as string | undefined;
  const key = ['name', 'title', 'label'].find((k) => Object.hasOwn(row, k));
  const name = issueText(key === undefined ? undefined : row[key]);
  return { ...(id !== undefined ? { id: cut(id) } : {}), ...(name !== undefined ? { name } : {}) };
}

/** `people[5].partyId` → `['people', 5, 'partyId']`. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    keys.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return keys;
}
