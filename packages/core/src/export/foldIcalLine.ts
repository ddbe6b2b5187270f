/** The longest line RFC 5545 allows, in octets, excluding the CRLF (§3.1). */
export const MAX_LINE_OCTETS = 75;

/** UTF-8 length of one code point (a lone surrogate is encoded as U+FFFD, 3 octets). */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line (RFC 5545 §3.1) so no line exceeds 75 UTF-8 octets: continuation lines start
 * with one space, which counts towards their 75. Breaks fall between characters, never inside a
 * multi-byte character, and never inside a backslash escape (`\n`, `\,`), which some readers mishandle.
 *
 * @param line - an unfolded content line without its CRLF
 * @returns the folded line, its parts joined by CRLF + space (no trailing CRLF)
 * @example
 * foldIcalLine(`SUMMARY:${'ä'.repeat(40)}`).split('\r\n ').map((part) => new TextEncoder().encode(part).length);
 * // [74, 14]: `SUMMARY:` is 8 octets, each ä 2, and an ä is never split
 */
export function foldIcalLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const token of line.match(/\\[\s\S]|[\s\S]/gu) ?? []) {
    let size = 0;
    for (const char of token) size += utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += token;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
