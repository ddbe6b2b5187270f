import type { Locale } from '@perhekeskus/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeFromLang } from '../i18n/index.js';

/**
 * The language a widget speaks, and its words in it: its own `lang`, else the nearest ancestor's,
 * followed as it changes anywhere in the page (a language switch rewrites `<html lang>`; such changes
 * are rare, so watching them is cheap). `locale` is the interface language; `pageLang` the tag as
 * written (`sv-FI`), so a text in another language can be marked against it.
 *
 * Given the widget's catalogue loader, the controller loads the words of that language only (one
 * file per language), and `locale`, `pageLang` and `messages` change together when they have come:
 * until the first words come `messages` is undefined (render nothing), and while another language
 * loads the widget keeps speaking the previous one. `ready` settles when the words asked for last
 * are in, so the host's `updateComplete` can wait for them.
 *
 * @example
 * private readonly _lang = new LocaleController(this, importFinderMessages);
 * protected override async getUpdateComplete() {
 *   await this._lang.ready;
 *   return super.getUpdateComplete();
 * }
 * // in render: const m = this._lang.messages; if (!m) return nothing;
 */
export class LocaleController<M = never> implements ReactiveController {
  locale: Locale = 'fi';
  pageLang = '';
  /** The words of `locale`, once loaded (always undefined without a loader). */
  messages: M | undefined;
  /** Settles when the words last asked for have come (or failed to). */
  ready: Promise<void> = Promise.resolve();
  private _observer: MutationObserver | undefined;
  /** The language whose words were asked for last. */
  private _asked: Locale | undefined;

  /**
   * @param _host - the widget
   * @param _import - loads the widget's words in a language (`importFinderMessages`); none for a
   *   host that only needs the language
   */
  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _import?: (locale: Locale) => Promise<M>,
  ) {
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
    if (this._import && locale !== this._asked) {
      this._load(this._import, locale);
      return;
    }
    // With a loader, the language changes only with its words (they may still be on their way).
    if (this._import && (this.messages === undefined || locale !== this.locale)) return;
    if (locale === this.locale && lang === this.pageLang) return;
    this.locale = locale;
    this.pageLang = lang;
    this._host.requestUpdate();
  }

  private _load(load: (locale: Locale) => Promise<M>, locale: Locale): void {
    this._asked = locale;
    this.ready = load(locale).then(
      (messages) => {
        if (this._asked !== locale) return;
        this.messages = messages;
        this.locale = locale;
        this.pageLang = this._host.closest('[lang]')?.getAttribute('lang') ?? '';
        this._host.requestUpdate();
      },
      (error: unknown) => {
        // A missing chunk is a deployment error; the widget keeps the words it has, and asks again
        // when it is connected again or the language changes.
        if (this._asked === locale) this._asked = undefined;
        console.error(`perhekeskus: could not load the words for "${locale}"`, error);
      },
    );
  }
}
