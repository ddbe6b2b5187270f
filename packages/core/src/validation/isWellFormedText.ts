/**
 * A lone surrogate: a high one not followed by a low one, or a low one not preceded by a high one.
 * A search without quantifiers, so a text of any length is read in one pass without backtracking.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether a string is well-formed Unicode: no lone surrogate (`"\ud83d"` is valid JSON, but
 * `encodeURIComponent`, `TextEncoder` and URLs cannot carry it). `String.prototype.isWellFormed`
 * does the same on Node 20+ and recent browsers only.
 *
 * @param value - any text
 * @returns false when the text holds a lone surrogate
 * @example
 * isWellFormedText('Perhekahvila 😀'); // true
 * isWellFormedText('Perhekahvila \ud83d'); // false
 */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}
