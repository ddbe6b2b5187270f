import type { LinkedEventIssueCode } from '../../validation/importIssueCodes.js';
import { type ImportIssue, issueValue } from '../importIssue.js';

/** Internal: an issue before the event's id is attached. */
export interface FieldIssue {
  field: string;
  code: LinkedEventIssueCode;
  message: string;
  skipped: boolean;
  /** The offending value as received, for `ImportIssue.value`. */
  value?: string;
}

/** Internal: builds a field issue; `value` (the offending source value) becomes `ImportIssue.value`. */
export function fieldIssue(
  field: string,
  code: LinkedEventIssueCode,
  message: string,
  skipped = false,
  value?: unknown,
): FieldIssue {
  const shown = issueValue(value);
  return shown === undefined ? { field, code, message, skipped } : { field, code, message, skipped, value: shown };
}

/** Internal: attaches the source id to field issues. */
export function withSource(sourceId: string, issues: readonly FieldIssue[]): ImportIssue[] {
  return issues.map((i) => ({
    sourceId,
    field: i.field,
    code: i.code,
    message: i.message,
    skipped: i.skipped,
    ...(i.value === undefined ? {} : { value: i.value }),
  }));
}

const PLAIN_KEY = /^[A-Za-z0-9_@$-]{1,40}$/;

/**
 * Internal: the dotted path of a child field, `offers[0].price.ru`; a key that is not a plain name is
 * quoted and cut (`name["a.b"]`) so a hostile key cannot forge a path.
 */
export function fieldPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (PLAIN_KEY.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(cut(key, 40))}]`;
}

/** Internal: a string cut to `max` characters with an ellipsis. */
export function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Internal: a value for a message, JSON-quoted and cut to 100 characters so hostile input stays short. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return cut(text, 100);
}

/**
 * Internal: whether a value carries nothing: null, undefined, blank text, or an array or object of
 * such values (`{ "fi": "", "sv": "" }`, `[]`). `false` and `0` carry something. Depth is limited so
 * that a deep or cyclic object counts as something.
 */
export function isEmptyValue(value: unknown, depth = 0): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value !== 'object') return false;
  if (depth > 4) return false;
  const values = Array.isArray(value) ? value : Object.values(value);
  return values.every((v) => isEmptyValue(v, depth + 1));
}
