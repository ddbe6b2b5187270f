import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeFromLang, type WidgetLocale } from '../i18n/index.js';

/**
 * The language a widget speaks: its own `lang`, else the nearest ancestor's, followed as it changes
 * anywhere in the page (a language switch rewrites `<html lang>`; such changes are rare, so watching
 * them is cheap). `locale` is the interface language; `pageLang` the tag as written (`sv-FI`), so a
 * text in another language can be marked against it.
 *
 * @example
 * private readonly _lang = new LocaleController(this);
 * // in render: messages(this._lang.locale)
 */
export class LocaleController implements ReactiveController {
  locale: WidgetLocale = 'fi';
  pageLang = '';
  private _observer: MutationObserver | undefined;

  constructor(private readonly _host: ReactiveControllerHost & Element) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._read();
    this._observer = new MutationObserver(() => this._read());
    this._observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
  }

  private _read(): void {
    const lang = this._host.closest('[lang]')?.getAttribute('lang') ?? '';
    const locale = localeFromLang(lang);
    if (locale === this.locale && lang === this.pageLang) return;
    this.locale = locale;
    this.pageLang = lang;
    this._host.requestUpdate();
  }
}
