const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values, so data from core is never
 * read as markup: the five characters that can start a tag, an entity or end an attribute.
 *
 * @param value - any text (data, labels, URLs)
 * @returns the text with `& < > " '` replaced by entities
 * @example
 * escapeHtml('<b>"Tom & Jerry"</b>'); // '&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;'
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A template tag that escapes every interpolated value except {@link RawHtml} produced by another
 * `html` call, so nested templates compose without double escaping and plain strings are always text.
 *
 * @param strings - the template's literal parts (trusted markup written in this repository)
 * @param values - interpolated values: strings and numbers are escaped, arrays are joined, `RawHtml`
 *   is kept, `undefined`, `null` and `false` render nothing
 * @returns the markup as `RawHtml`
 * @example
 * html`<p title="${'a"b'}">${'<i>'}</p>`.value; // '<p title="a&quot;b">&lt;i&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): RawHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += renderValue(value) + strings[i + 1]!;
  });
  return new RawHtml(out, MADE_BY_HTML);
}

// Only `html` holds this key, so no other code can wrap an unescaped string as RawHtml.
const MADE_BY_HTML = Symbol('RawHtml');

/** Markup that is already safe: only {@link html} makes one. */
export class RawHtml {
  readonly value: string;
  constructor(value: string, key: symbol) {
    if (key !== MADE_BY_HTML) throw new TypeError('RawHtml is made by the html template tag only');
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

function renderValue(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof RawHtml) return value.value;
  if (Array.isArray(value)) return value.map(renderValue).join('');
  return escapeHtml(String(value));
}
