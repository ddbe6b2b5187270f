const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML, as element content or a quoted attribute value: `&`, `<`, `>`, `"` and `'`
 * become character references. Every data text of the published HTML fragments goes through this,
 * so that a place's name can never become markup.
 *
 * @param text - any text
 * @returns the text with the five characters escaped
 * @example
 * escapeHtml('Kahvila <b>"Ankka"</b> & co'); // 'Kahvila &lt;b&gt;&quot;Ankka&quot;&lt;/b&gt; &amp; co'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
