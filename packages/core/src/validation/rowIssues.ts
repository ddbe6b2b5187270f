import type * as z from 'zod/mini';
import { boundedSafeParse } from './boundedParse.js';
import type { DataIssue } from './dataIssue.js';
import { dataIssues, locate } from './dataIssues.js';
import { cut, isRecord, MAX_KEYS, typeOf } from './issueValues.js';

/**
 * Internal: validating a JSON list row by row (the places of `places.json`, the entries of a calendar
 * feed), shared by `checkPlaces` and `checkCalendarEntries` so both report alike.
 */

/**
 * The rows of a list input: a bare array, or an object `{ [listKey]: [...] }` that may also carry
 * `$schema`. Problems with the list object are reported without dropping rows; `rows` is undefined
 * (fatal) when there is no list at all.
 */
export function listRows(input: unknown, listKey: string): { rows?: readonly unknown[]; issues: DataIssue[] } {
  if (Array.isArray(input)) return { rows: input, issues: [] };
  if (isRecord(input) && Object.hasOwn(input, listKey) && Array.isArray(input[listKey])) {
    const issues: DataIssue[] = [];
    const unknown = Object.keys(input).filter((key) => key !== listKey && key !== '$schema');
    if (unknown.length > 0) {
      issues.push({ ...locate([], input), code: 'unknown-field', unknownKeys: unknown.slice(0, MAX_KEYS).map(cut) });
    }
    if (Object.hasOwn(input, '$schema') && typeof input['$schema'] !== 'string') {
      const received = typeOf(input['$schema']);
      issues.push({ ...locate(['$schema'], input), code: 'invalid-type', expected: 'string', received });
    }
    return { rows: input[listKey] as unknown[], issues };
  }
  const keys = isRecord(input) && Object.hasOwn(input, listKey) ? [listKey] : [];
  const received = typeOf(isRecord(input) && keys.length > 0 ? input[listKey] : input);
  return { issues: [{ ...locate(keys, input), code: 'not-a-list', expected: listKey, received }] };
}

/** The rows {@link validateRows} kept and the issues of the others. */
export interface RowValidation<T> {
  readonly valid: T[];
  readonly issues: DataIssue[];
}

/**
 * Validates each row of a list on its own against `schema`, so one bad row never hides the good
 * ones: a row that is not an object, fails the schema, or reuses an earlier row's id is reported and
 * dropped, every other row kept in input order. Paths are given as `section[index]…` whatever the
 * input's form (a bare array too).
 */
export function validateRows<T extends { readonly id: string }>(
  rows: readonly unknown[],
  schema: z.core.$ZodType<T>,
  section: string,
): RowValidation<T> {
  const valid: T[] = [];
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const at = [section, index];
    if (!isRecord(row)) {
      issues.push({ ...locate(at, row, at), code: 'invalid-type', expected: 'object', received: typeOf(row) });
      return;
    }
    const result = boundedSafeParse(schema, row);
    if (!result.success) {
      // One by one: a spread of a row's issues could itself overflow the call stack.
      for (const issue of dataIssues(result.issues, row, { at })) issues.push(issue);
      return;
    }
    if (seen.has(result.data.id)) {
      issues.push({ ...locate([...at, 'id'], row, at), code: 'duplicate-id', received: cut(result.data.id) });
      return;
    }
    seen.add(result.data.id);
    valid.push(result.data);
  });
  return { valid, issues };
}
