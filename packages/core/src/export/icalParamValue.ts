const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Writes text as an RFC 5545 parameter value (§3.1, §3.2), e.g. the `CN` of an attendee: `^`, line
 * breaks and `"` as RFC 6868 writes them (`^^`, `^n`, `^'`), other control characters dropped, lone
 * UTF-16 surrogates replaced with U+FFFD, and the whole value in double quotes when it holds `:`, `;`
 * or `,`, which would otherwise end it.
 *
 * @param text - plain text
 * @returns the value, ready to follow `CN=`
 * @example
 * icalParamValue('Kokkonen, Hanna'); // '"Kokkonen, Hanna"'
 * icalParamValue('Anna "Annu" Virtanen'); // "Anna ^'Annu^' Virtanen"
 */
export function icalParamValue(text: string): string {
  let clean = '';
  for (const char of text.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n')) {
    const code = char.charCodeAt(0);
    if (char === '\n' || char === '\t' || (code >= 0x20 && code !== 0x7f)) clean += char;
  }
  const value = clean.replace(/[\^\n"]/g, (char) => (char === '^' ? '^^' : char === '\n' ? '^n' : "^'"));
  return /[:;,]/.test(value) ? `"${value}"` : value;
}
