import * as z from 'zod/mini';
import { isWellFormedText } from '../validation/isWellFormedText.js';
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

/**
 * An address people can click: `http` or `https` only (never `javascript:` or `data:`), on one line
 * and well-formed Unicode, safe to write into `URL:`, JSON-LD and a link. The one URL schema of the
 * model: a meeting place's and a county's `web`, sources, background documents, digital services,
 * calendar entries and events all use it. A failure is `invalid-url` (`invalid-unicode` for a lone
 * surrogate).
 */
export const WebUrl = z
  .string()
  // Before the URL check, which would silently drop tabs and line breaks rather than reject them, and
  // would encode a lone surrogate as U+FFFD while the value kept it.
  .check(
    z.refine(hasNoControls, modelRule('invalid-url', 'Line breaks are not allowed in a URL')),
    z.refine(isWellFormedText, modelRule('invalid-unicode', 'Not well-formed Unicode')),
    z.url({ protocol: /^https?$/ }),
  );
export type WebUrl = z.infer<typeof WebUrl>;
