import { localeOf, type WidgetLocale } from '../i18n/index.js';

/**
 * Tells `update` the element's language now (from the nearest `lang`) and again whenever a `lang`
 * attribute changes anywhere in the page: the language can change on any ancestor, and such changes are
 * rare, so watching them is cheap.
 *
 * @param element - the component
 * @param update - receives the locale, at once and after every change
 * @returns the observer; disconnect it when the element is disconnected
 * @example
 * this._langObserver = watchLocale(this, (locale) => (this._locale = locale));
 */
export function watchLocale(element: Element, update: (locale: WidgetLocale) => void): MutationObserver {
  update(localeOf(element));
  const observer = new MutationObserver(() => update(localeOf(element)));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  return observer;
}
