import * as z from 'zod/mini';
import { parseInput } from '../validation/parseInput.js';

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * The text to put inside `<script type="application/ld+json">`: JSON with `<`, `>`, `&` and the line
 * separators U+2028/U+2029 written as `\u` escapes. Without `<` the data can never close the script
 * element (`</script>`) or open a comment, whatever the titles contain; `JSON.parse` reads it back unchanged.
 *
 * @param data - a JSON-LD object (or array), e.g. from {@link eventJsonLd}
 * @returns the script body
 * @throws {ValidationError} when `data` is not an object or array
 * @example
 * jsonLdScript({ name: '</script><img src=x onerror=alert(1)>' });
 * // '{"name":"\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e"}'
 */
export function jsonLdScript(data: object): string {
  // Checked, not parsed: the parsed copy would lose keys such as `__proto__`.
  parseInput(z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]), data, 'data');
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char] ?? char);
}
