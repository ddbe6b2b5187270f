import * as z from 'zod/mini';
import { LanguageCode } from '../../model/common.js';
import { at, type PtvContext, preview, report } from './ptvContext.js';

/**
 * The languages a channel serves in (`languages`, ISO 639 codes) as our `LanguageCode`s, lower-cased and
 * without repeats. Malformed codes are reported; no languages at all is reported as `defaulted` to `[]`.
 *
 * @param ctx - the channel being read
 * @param value - the source `languages`
 * @returns the codes
 * @example
 * ptvLanguages(ctx, ['fi', 'SV', 'fi']); // ['fi', 'sv']
 */
export function ptvLanguages(ctx: PtvContext, value: unknown): string[] {
  const out: string[] = [];
  const list = Array.isArray(value) ? value : [];
  if (value !== undefined && value !== null && !Array.isArray(value)) {
    report(ctx, 'languages', 'invalid-value', `Languages left out: expected a list, got ${preview(value)}`);
  }
  list.forEach((code, index) => {
    const normal = typeof code === 'string' ? code.trim().toLowerCase() : '';
    if (!z.safeParse(LanguageCode, normal).success) {
      report(
        ctx,
        at('languages', index),
        'invalid-value',
        `Not an ISO 639 language code: ${preview(code)}`,
        false,
        code,
      );
    } else if (!out.includes(normal)) {
      out.push(normal);
    }
  });
  if (out.length === 0) {
    report(ctx, 'languages', 'defaulted', 'The channel names no service languages; languages set to []');
  }
  return out;
}
