import * as z from 'zod/mini';
import { formatPath } from '../model/validation.js';

/**
 * Internal: turning zod issues about one row of a JSON list (a place of `places.json`, an entry of a
 * calendar feed) into translatable issue drafts, shared by `validatePlaces` and
 * `validateCalendarEntries` so both speak the same codes (see `placeIssueCodes`).
 */

/** The codes {@link issueFromZod} gives by itself, besides those of a message table. */
export type ZodRowIssueCode =
  | 'invalid-type'
  | 'missing'
  | 'invalid-value'
  | 'unknown-field'
  | 'too-small'
  | 'too-big'
  | 'invalid-format'
  | 'custom';

/** The fields of an issue that say where and what, without the row's identity or the message. */
export interface RowIssueFields<C extends string> {
  readonly path: string;
  readonly code: C;
  readonly expected?: string;
  readonly received?: string;
  readonly keys?: readonly string[];
}

/** What a schema's own message means: a code and, for `invalid-format` and `custom`, what was expected. */
export interface KnownMessage<C extends string> {
  readonly code: C;
  readonly expected?: string;
}

const MAX_TEXT = 100;
/** At most this many unknown field names are quoted. */
export const MAX_KEYS = 20;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Cuts quoted text to 100 characters. */
export function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** A short plain-text view of a primitive value; undefined for objects and lists. */
function preview(value: unknown): string | undefined {
  if (typeof value === 'string') return cut(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The value at `path` inside `root`, following own properties only; `found` is false when a key is absent. */
function at(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key))
      return { found: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value };
}

/**
 * Turns one zod issue about row `base.index` of the list `root` into an issue draft. `known` maps the
 * schemas' own messages (`Expected a time as HH:mm`) to codes; an unknown message falls back to the
 * zod code.
 */
export function issueFromZod<B extends { readonly index?: number }, C extends string>(
  issue: z.core.$ZodIssue,
  row: unknown,
  base: B,
  root: string,
  known: Readonly<Record<string, KnownMessage<C>>>,
): B & RowIssueFields<C | ZodRowIssueCode> {
  // One mode or a list of modes, a known kind or a declared one: when one branch of a union says which
  // values are allowed, that says the most.
  if (issue.code === 'invalid_union') {
    const branch = issue.errors.find((errors) => errors.length === 1 && errors[0]?.code === 'invalid_value');
    const inner = branch?.[0];
    if (inner) return issueFromZod({ ...inner, path: [...issue.path, ...inner.path] }, row, base, root, known);
  }
  const path = formatPath([base.index ?? 0, ...issue.path], root);
  const { found, value } = at(row, issue.path);
  const draft = { ...base, path };
  const meaning = known[issue.message];
  switch (issue.code) {
    case 'invalid_type':
      return found
        ? { ...draft, code: 'invalid-type', expected: issue.expected, received: typeOf(value) }
        : { ...draft, code: 'missing', expected: issue.expected };
    case 'invalid_value':
      return {
        ...draft,
        code: 'invalid-value',
        expected: issue.values.map(String).join(', '),
        ...(preview(value) !== undefined ? { received: preview(value) } : {}),
      };
    case 'unrecognized_keys':
      return { ...draft, code: 'unknown-field', keys: issue.keys.slice(0, MAX_KEYS).map(cut) };
    case 'too_small':
    case 'too_big':
      return {
        ...draft,
        code: issue.code === 'too_small' ? 'too-small' : 'too-big',
        expected: String(issue.code === 'too_small' ? issue.minimum : issue.maximum),
        received: issue.origin,
      };
    case 'invalid_format': {
      const received = preview(value);
      const expected = meaning?.expected ?? (['url', 'email'].includes(issue.format) ? issue.format : undefined);
      return {
        ...draft,
        code: meaning?.code ?? 'invalid-format',
        ...(expected ? { expected } : {}),
        ...(received !== undefined ? { received } : {}),
      };
    }
    default: {
      const received = preview(value);
      // A refinement that checks a format (`Not a real calendar date`) reports like the format itself.
      if (meaning && meaning.code !== 'custom') {
        return {
          ...draft,
          code: meaning.code,
          ...(meaning.expected ? { expected: meaning.expected } : {}),
          ...(received ? { received } : {}),
        };
      }
      // A model rule carries its code in `params.rule`; it names the sentence to use.
      const rule = (issue as { params?: { rule?: unknown } }).params?.rule;
      const expected = meaning?.expected ?? (typeof rule === 'string' ? rule : undefined);
      return { ...draft, code: 'custom', ...(expected ? { expected } : {}) };
    }
  }
}

/** The path of the object holding the field at `path` (`places[3].activities[0]`). */
function parentOf(path: string): string {
  return path.replace(/(\.[^.[]+|\[\d+\])$/, '');
}

/**
 * Drops noise: a second issue of the same code on the same field (an unreadable date fails both
 * the format and the calendar check), and a cross-field rule on an object whose fields are already
 * wrong (`9:00` sorts after `12:00`, so "ends before it starts" would be a false alarm).
 */
export function tidyIssues<D extends { readonly path: string; readonly code: string }>(drafts: readonly D[]): D[] {
  const seen = new Set<string>();
  const broken = new Set(drafts.filter((d) => d.code !== 'custom').map((d) => parentOf(d.path)));
  return drafts.filter((d) => {
    const key = `${d.code} ${d.path}`;
    if (seen.has(key) || (d.code === 'custom' && broken.has(parentOf(d.path)))) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A row's `id` and its name for messages (the `nameKey` field: a string, or localized text read in
 * Finnish, Swedish, English order), when they are strings; cut to 100 characters.
 */
export function identifyRow(row: unknown, nameKey: string): { id?: string; name?: string } {
  if (!isRecord(row)) return {};
  const id = Object.hasOwn(row, 'id') ? row['id'] : undefined;
  const name = Object.hasOwn(row, nameKey) ? row[nameKey] : undefined;
  let text: unknown;
  if (typeof name === 'string') text = name;
  else if (isRecord(name)) text = [name['fi'], name['sv'], name['en']].find((n) => typeof n === 'string' && n.trim());
  return {
    ...(typeof id === 'string' && id ? { id: cut(id) } : {}),
    ...(typeof text === 'string' ? { name: cut(text.trim()) } : {}),
  };
}

/**
 * The rows of a list input: a bare array, or an object `{ [listKey]: [...] }` that may also carry
 * `$schema`. Problems with the list object are reported without dropping rows; `rows` is undefined
 * (fatal) when there is no list at all.
 */
export function listRows(
  input: unknown,
  listKey: string,
): { rows?: readonly unknown[]; issues: RowIssueFields<'not-a-list' | 'unknown-field' | 'invalid-type'>[] } {
  if (Array.isArray(input)) return { rows: input, issues: [] };
  if (isRecord(input) && Object.hasOwn(input, listKey) && Array.isArray(input[listKey])) {
    const issues: RowIssueFields<'unknown-field' | 'invalid-type'>[] = [];
    const unknown = Object.keys(input).filter((key) => key !== listKey && key !== '$schema');
    if (unknown.length > 0) issues.push({ path: '', code: 'unknown-field', keys: unknown.slice(0, MAX_KEYS).map(cut) });
    if (Object.hasOwn(input, '$schema') && typeof input['$schema'] !== 'string') {
      issues.push({ path: '$schema', code: 'invalid-type', expected: 'string', received: typeOf(input['$schema']) });
    }
    return { rows: input[listKey] as unknown[], issues };
  }
  const path = isRecord(input) && Object.hasOwn(input, listKey) ? listKey : '';
  return {
    issues: [{ path, code: 'not-a-list', received: typeOf(isRecord(input) && path ? input[listKey] : input) }],
  };
}

/** The rows {@link validateRows} kept and the issue drafts for the others. */
export interface RowValidation<T, D> {
  readonly valid: T[];
  readonly drafts: D[];
}

/**
 * Validates each row of a list on its own against `schema`, so one bad row never hides the good
 * ones: a row that is not an object, fails the schema, or reuses an earlier row's id is reported and
 * dropped, every other row kept in input order. Shared by `validatePlaces` and
 * `validateCalendarEntries`.
 */
export function validateRows<
  T extends { readonly id: string },
  B extends { readonly index?: number },
  C extends string,
>(
  rows: readonly unknown[],
  schema: z.core.$ZodType<T>,
  root: string,
  identify: (row: unknown, index: number) => B,
  known: Readonly<Record<string, KnownMessage<C>>>,
): RowValidation<T, B & RowIssueFields<C | ZodRowIssueCode | 'duplicate-id'>> {
  const valid: T[] = [];
  const drafts: (B & RowIssueFields<C | ZodRowIssueCode | 'duplicate-id'>)[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const base = identify(row, index);
    if (!isRecord(row)) {
      drafts.push({
        ...base,
        path: `${root}[${index}]`,
        code: 'invalid-type',
        expected: 'object',
        received: typeOf(row),
      });
      return;
    }
    const result = z.safeParse(schema, row);
    if (!result.success) {
      const found = result.error.issues.map((issue) => issueFromZod(issue as z.core.$ZodIssue, row, base, root, known));
      drafts.push(...tidyIssues(found));
      return;
    }
    if (seen.has(result.data.id)) {
      drafts.push({ ...base, path: `${root}[${index}].id`, code: 'duplicate-id', received: cut(result.data.id) });
      return;
    }
    seen.add(result.data.id);
    valid.push(result.data);
  });
  return { valid, drafts };
}
