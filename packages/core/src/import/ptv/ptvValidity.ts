import { at, type PtvContext, preview, report } from './ptvContext.js';
import { ptvIsoDate } from './ptvDate.js';

/** The Helsinki dates a service hour is valid for. */
export interface PtvValidity {
  readonly validFrom?: string;
  readonly validTo?: string;
}

/** Reads one date field: absent → `undefined`, malformed → reported and `null`. */
function date(ctx: PtvContext, value: unknown, path: string): string | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = typeof value === 'string' ? ptvIsoDate(value) : undefined;
  if (parsed === undefined) {
    report(ctx, path, 'invalid-value', `Service hour left out: ${preview(value)} is not a date`, false, value);
    return null;
  }
  return parsed;
}

/**
 * Reads a service hour's `validFrom`/`validTo` as Helsinki dates. A malformed date, or an end before the
 * start, is reported (`invalid-value`) and gives `undefined`: the caller leaves the entry out.
 *
 * @param ctx - the channel being read
 * @param entry - the parsed service hour
 * @param path - its source path
 * @returns the validity (either end may be open), or `undefined`
 * @example
 * ptvValidity(ctx, { validFrom: '2026-01-06T22:00:00Z', validTo: null }, 'serviceHours[0]');
 * // { validFrom: '2026-01-07' }
 */
export function ptvValidity(ctx: PtvContext, entry: Record<string, unknown>, path: string): PtvValidity | undefined {
  const validFrom = date(ctx, entry['validFrom'], at(path, 'validFrom'));
  const validTo = date(ctx, entry['validTo'], at(path, 'validTo'));
  if (validFrom === null || validTo === null) return undefined;
  if (validFrom !== undefined && validTo !== undefined && validTo < validFrom) {
    report(
      ctx,
      at(path, 'validTo'),
      'invalid-value',
      `Service hour left out: it ends (${validTo}) before it starts (${validFrom})`,
      false,
      validTo,
    );
    return undefined;
  }
  return { ...(validFrom !== undefined ? { validFrom } : {}), ...(validTo !== undefined ? { validTo } : {}) };
}
