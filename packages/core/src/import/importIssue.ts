import * as z from 'zod/mini';
import { importSources } from '../validation/importIssueCodes.js';

/**
 * One thing an importer could not carry over from a foreign record (PTV, Linked Events): which record,
 * which field (a dotted path in the *source* document, `serviceHours[2].openingHour[0].to`), and why,
 * as a stable code plus an English sentence (`importIssueMessage` gives it in Finnish, Swedish or
 * English). Importers never drop a field silently: every value that does not map is reported here, and
 * a record that cannot become a valid row at all is reported with `skipped: true`.
 */
export const ImportIssue = z.strictObject({
  /** The record's id in the source system (a PTV channel id, a Linked Events event id). */
  sourceId: z.string(),
  /** Dotted path of the source field, `addresses[0].streetAddress.latitude`. */
  field: z.string(),
  /** Stable machine-readable reason, e.g. `unmapped-field`, `missing-name`, `invalid-time`. */
  code: z.string(),
  /** The reason in English, naming the value where that helps. */
  message: z.string(),
  /** True when the whole record was left out, false when only this field was. */
  skipped: z.boolean(),
  /**
   * The offending value as received (a language code, a time, a URL, a status), cut to 100 characters,
   * when a translated sentence needs it: `message` is English, `importIssueMessage` builds fi/sv/en
   * from `code`, `field` and this. Absent when the value adds nothing or there is none.
   */
  value: z.optional(z.string()),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

/** The source system an issue came from: `ptv` (Palvelutietovaranto) or `linked-events`. */
export const ImportSource = z.enum(importSources);
export type ImportSource = z.infer<typeof ImportSource>;

/**
 * Internal: a source value for {@link ImportIssue.value}: a string as received, anything else as JSON,
 * cut to 100 characters so hostile input stays short; `undefined` for null and undefined.
 *
 * @param value - the offending source value
 * @returns the text for `ImportIssue.value`, or `undefined`
 * @example
 * issueValue('11:15:30'); // '11:15:30'
 * issueValue(['Friday']); // '["Friday"]'
 */
export function issueValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

/** What an importer returns: the rows that validated, and every issue met on the way. */
export interface ImportResult<T> {
  items: T[];
  issues: ImportIssue[];
}
