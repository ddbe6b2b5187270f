import * as z from 'zod/mini';
import { modelRule } from '../validation/modelRule.js';

/**
 * True when a string holds no ASCII control character (they would break or forge iCalendar lines).
 *
 * @param value - any text
 * @returns false when a character below U+0020 or U+007F is in it
 * @example
 * hasNoControls('https://juva.fi/'); // true
 * hasNoControls('https://juva.fi/\nX'); // false
 */
export function hasNoControls(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

/** An `http(s)` address on one line, safe to write into `URL:` and JSON-LD. */
export const WebUrl = z
  .string()
  // Before the URL check, which would silently drop tabs and line breaks rather than reject them.
  .check(
    z.refine(hasNoControls, modelRule('invalid-url', 'Line breaks are not allowed in a URL')),
    z.url({ protocol: /^https?$/ }),
  );
export type WebUrl = z.infer<typeof WebUrl>;
