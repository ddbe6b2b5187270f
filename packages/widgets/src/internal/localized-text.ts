import type { Locale } from '@perhekeskus/core';
import { type DisplayText, displayText, type LocalizedText } from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * Data text (a name, a title, a note…) as a plain string, by core's one display rule: the widget's
 * language, else the other national language, else English, else any. For attributes, sorting and
 * calendar files, where no element can carry a `lang`.
 *
 * @example
 * plainText({ sv: 'Familjecaféet' }, 'fi'); // 'Familjecaféet'
 */
export function plainText(text: LocalizedText, locale: Locale): string {
  return display(text, locale).text;
}

/**
 * Core's `displayText`, except that a text with no language at all shows as nothing: page-given
 * lookups (`municipalities`, `parties`) are not validated, and one bad name must not blank the widget.
 */
export function display(text: LocalizedText, locale: Locale): DisplayText {
  try {
    return displayText(text, locale);
  } catch {
    return { text: '', lang: locale };
  }
}

/**
 * The `lang` attribute for an element that holds exactly `shown`: its language when that is not the
 * widget's (WCAG 2.1 SC 3.1.2, Language of Parts), else none.
 *
 * @example
 * html`<option lang=${langAttribute(shown, locale)}>${shown.text}</option>`;
 */
export function langAttribute(shown: DisplayText, locale: Locale): string | typeof nothing {
  return shown.lang === locale ? nothing : shown.lang;
}

/**
 * Text shown by the display rule (`displayText`, `termLabel`) for a template: bare when it is in
 * the widget's language, else in a `<span lang="…">` so that a screen reader speaks a Swedish name in a
 * Finnish widget as Swedish. Always a text binding, never markup.
 *
 * @example
 * html`<h3>${shownText(displayText({ sv: 'Familjecaféet' }, 'fi'), 'fi')}</h3>`; // <h3><span lang="sv">Familjecaféet</span></h3>
 */
export function shownText(shown: DisplayText, locale: Locale): string | TemplateResult {
  return shown.lang === locale ? shown.text : html`<span lang=${shown.lang}>${shown.text}</span>`;
}

/**
 * Data text for a template: {@link shownText} of the text by the display rule.
 *
 * @example
 * html`<li>${localizedText(place.name, locale)}</li>`;
 */
export function localizedText(text: LocalizedText, locale: Locale): string | TemplateResult {
  return shownText(display(text, locale), locale);
}
