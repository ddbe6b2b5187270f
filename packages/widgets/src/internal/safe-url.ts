/** The schemes a link from data may use: web pages, e-mail and phone; never `javascript:` or `data:`. */
const SAFE = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * A URL from data made safe for `href`: resolved against the page, and only when its scheme is a web
 * page (or, with `contact`, e-mail or phone). The one check every widget uses before a link.
 *
 * @param value - a URL from data, a property or an attribute
 * @param contact - also allow `mailto:` and `tel:`
 * @returns the absolute URL, or undefined when it is missing, malformed or of another scheme
 * @example
 * safeUrl('https://example.org/x'); // 'https://example.org/x'
 * safeUrl('javascript:alert(1)'); // undefined
 */
export function safeUrl(value: string | undefined | null, contact = false): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    if (!SAFE.has(url.protocol)) return undefined;
    if (!contact && (url.protocol === 'mailto:' || url.protocol === 'tel:')) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
