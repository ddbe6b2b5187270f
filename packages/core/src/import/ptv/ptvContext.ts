import * as z from 'zod/mini';
import type { ContentLanguage } from '../../model/common.js';
import { formatPath } from '../../validation/parseInput.js';
import { type ImportIssue, issueValue } from '../importIssue.js';
import type { PtvIssueCode } from '../../validation/importIssueCodes.js';
import type { PtvVersion, PtvVersionSchemas } from './ptvSchemas.js';
import { ptvVersionSchemas } from './ptvSchemas.js';

/** What every mapping step of one channel needs: where issues go and how to name the record. */
export interface PtvContext {
  /** The channel id (or `itemList[3]` when it has none), for `ImportIssue.sourceId`. */
  readonly sourceId: string;
  readonly version: PtvVersion;
  readonly schemas: PtvVersionSchemas;
  /** The languages to carry texts in; Finnish or Swedish among them (`PtvImportOptions.languages`). */
  readonly languages: readonly ContentLanguage[];
  /** Years for which named holiday hours become dated exceptions. */
  readonly holidayYears: readonly number[];
  readonly issues: ImportIssue[];
}

/**
 * A fresh context for one channel, writing its issues into `issues`.
 *
 * @param sourceId - the channel id, for `ImportIssue.sourceId`
 * @param version - the channel's API version
 * @param options - the languages to carry and the years to date holiday hours in
 * @param issues - the list issues are added to
 * @returns the context
 * @example
 * ptvContext('abc', 'v12', { languages: ['fi', 'sv'], holidayYears: [] }, issues).schemas.channel; // PtvV12ServiceLocationChannel
 */
export function ptvContext(
  sourceId: string,
  version: PtvVersion,
  options: { languages: readonly ContentLanguage[]; holidayYears: readonly number[] },
  issues: ImportIssue[],
): PtvContext {
  return { sourceId, version, schemas: ptvVersionSchemas[version], ...options, issues };
}

/**
 * Records one issue against the context's channel.
 *
 * @param ctx - the channel being read
 * @param field - the source path (`serviceHours[0].openingHour[1].to`)
 * @param code - one of {@link ptvIssueCodes}
 * @param message - the reason in English
 * @param skipped - true when the whole channel is left out
 * @param value - the offending source value, for `ImportIssue.value` (translated messages quote it)
 * @example
 * report(ctx, 'areas', 'unmapped-field', 'MeetingPlace has no service area');
 * ctx.issues.at(-1); // { sourceId: ctx.sourceId, field: 'areas', code: 'unmapped-field', message: '…', skipped: false }
 * report(ctx, 'languages[0]', 'invalid-value', 'Not an ISO 639 language code: "xx1"', false, 'xx1');
 * ctx.issues.at(-1)?.value; // 'xx1'
 */
export function report(
  ctx: PtvContext,
  field: string,
  code: PtvIssueCode,
  message: string,
  skipped = false,
  value?: unknown,
): void {
  const shown = issueValue(value);
  ctx.issues.push({
    sourceId: ctx.sourceId,
    field,
    code,
    message,
    skipped,
    ...(shown === undefined ? {} : { value: shown }),
  });
}

/**
 * Joins a source path and a key the way `ImportIssue.field` writes them.
 *
 * @param path - the path so far (`''` at the channel)
 * @param key - a field name or an array index
 * @returns the longer path
 * @example
 * at(at('addresses', 0), 'streetAddress'); // 'addresses[0].streetAddress'
 */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/**
 * Parses one source value with `schema`; on failure reports each problem as `invalid-value` at its
 * source path and returns `undefined`, so the caller leaves that element out and carries on.
 *
 * @param ctx - the channel being read
 * @param schema - the schema of the element
 * @param value - the source value
 * @param path - its source path
 * @param what - what it is, for messages (`The address`)
 * @returns the parsed value, or `undefined`
 * @example
 * parsePart(ctx, PtvPhone, { number: 401234567 }, 'phoneNumbers[0]', 'A phone number');
 * // undefined, with an `invalid-value` issue at 'phoneNumbers[0].number'
 */
export function parsePart<S extends z.core.$ZodType>(
  ctx: PtvContext,
  schema: S,
  value: unknown,
  path: string,
  what: string,
): z.core.output<S> | undefined {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    report(
      ctx,
      formatPath(issue.path, path) || path,
      'invalid-value',
      `${what} left out: ${issue.message || issue.code}`,
    );
  }
  return undefined;
}

/**
 * Parses each element of a source array with `schema`, keeping the index (for source paths) of those
 * that pass; `null`/absent gives none, and a value that is not an array is reported.
 *
 * @param ctx - the channel being read
 * @param schema - the schema of one element
 * @param value - the source value
 * @param path - its source path
 * @param what - what one element is, for messages
 * @returns the elements that pass, with their index and path
 * @example
 * parseEach(ctx, PtvEmail, [{ value: 'a@example.org' }, 7], 'emails', 'An email address');
 * // [{ index: 0, path: 'emails[0]', value: { value: 'a@example.org' } }], and an issue at 'emails[1]'
 */
export function parseEach<S extends z.core.$ZodType>(
  ctx: PtvContext,
  schema: S,
  value: unknown,
  path: string,
  what: string,
): Array<{ index: number; path: string; value: z.core.output<S> }> {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report(ctx, path, 'invalid-value', `${what} left out: expected a list, got ${typeof value}`);
    return [];
  }
  const out: Array<{ index: number; path: string; value: z.core.output<S> }> = [];
  value.forEach((element, index) => {
    const parsed = parsePart(ctx, schema, element, at(path, index), what);
    if (parsed !== undefined) out.push({ index, path: at(path, index), value: parsed });
  });
  return out;
}

/**
 * Whether a value carries information: not absent, and not only empty texts, lists and objects.
 *
 * @param value - any source value
 * @returns true when something in it is worth reporting
 * @example
 * hasContent({ a: [], b: ' ', c: null }); // false
 * hasContent([{ value: 'x' }]); // true
 */
export function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return true;
}

/**
 * A short rendering of a source value for an issue message: JSON, cut at 80 characters.
 *
 * @param value - any source value
 * @returns the text
 * @example
 * preview('Mikkeli'); // '"Mikkeli"'
 */
export function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * Reports every field of a source object that carries content but was not read: `unmapped-field` for
 * a PTV field our model has no room for, `unknown-field` for one the PTV shape does not name.
 *
 * @param ctx - the channel being read
 * @param raw - the source object
 * @param known - the fields its PTV shape names
 * @param read - the fields the mapper read (not reported)
 * @param path - the object's source path
 * @param reasons - why a known field is not carried, by field, for the message
 * @example
 * reportUnmapped(ctx, { street: [], oid: 'x', colour: 'red' }, ['street', 'oid'], ['street'], 'a');
 * // `unmapped-field` at 'a.oid', `unknown-field` at 'a.colour'
 */
export function reportUnmapped(
  ctx: PtvContext,
  raw: unknown,
  known: readonly string[],
  read: readonly string[],
  path: string,
  reasons: Readonly<Record<string, string>> = {},
): void {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
  for (const [key, value] of Object.entries(raw)) {
    if (read.includes(key) || !hasContent(value)) continue;
    if (known.includes(key)) {
      const reason = reasons[key] ?? 'MeetingPlace has no field for it';
      report(ctx, at(path, key), 'unmapped-field', `Not carried over (${reason}): ${preview(value)}`);
    } else {
      report(
        ctx,
        at(path, key),
        'unknown-field',
        `Not part of the PTV ${ctx.version} shape, not read: ${preview(value)}`,
      );
    }
  }
}

/**
 * The field names an object schema declares.
 *
 * @param schema - a zod/mini object schema
 * @returns its keys
 * @example
 * knownFields(PtvEmail); // ['value', 'language']
 */
export function knownFields(schema: z.ZodMiniObject): string[] {
  return Object.keys(schema.shape);
}
