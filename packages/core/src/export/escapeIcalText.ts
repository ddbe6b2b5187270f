const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** RFC 5545 forbids the ASCII controls except HTAB in TEXT; line breaks are escaped, not kept. */
function isForbiddenControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f;
}

/**
 * Escapes a string as an RFC 5545 TEXT value (§3.3.11): `\` → `\\`, `;` → `\;`, `,` → `\,`, any line
 * break (CRLF, CR, LF) → `\n`. Characters a TEXT value cannot hold are dropped (ASCII controls other
 * than tab) or replaced with U+FFFD (lone UTF-16 surrogates, which have no UTF-8 form).
 *
 * @param text - plain text
 * @returns the escaped value, ready to follow `SUMMARY:` (before line folding)
 * @example
 * escapeIcalText('Kokous; aiheet, muistio\\ok\nrivi 2'); // 'Kokous\\; aiheet\\, muistio\\\\ok\\nrivi 2'
 */
export function escapeIcalText(text: string): string {
  let clean = '';
  for (const char of text.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n')) {
    if (!isForbiddenControl(char.charCodeAt(0))) clean += char;
  }
  return clean.replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}
