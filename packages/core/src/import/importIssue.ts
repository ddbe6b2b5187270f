import * as z from 'zod/mini';

/**
 * One thing an importer could not carry over from a foreign record (PTV, Linked Events): which record,
 * which field (a dotted path in the *source* document, `serviceHours[2].openingHour[0].to`), and why,
 * as a stable code plus an English sentence. Importers never drop a field silently: every value that
 * does not map is reported here, and a record that cannot become a valid row at all is reported with
 * `skipped: true`.
 */
export const ImportIssue = z.strictObject({
  /** The record's id in the source system (a PTV channel id, a Linked Events event id). */
  sourceId: z.string(),
  /** Dotted path of the source field, `addresses[0].streetAddress.latitude`. */
  field: z.string(),
  /** Stable machine-readable reason, e.g. `unmapped-field`, `missing-language`, `invalid-time`. */
  code: z.string(),
  /** The reason in English, naming the value where that helps. */
  message: z.string(),
  /** True when the whole record was left out, false when only this field was. */
  skipped: z.boolean(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

/** What an importer returns: the rows that validated, and every issue met on the way. */
export interface ImportResult<T> {
  items: T[];
  issues: ImportIssue[];
}
