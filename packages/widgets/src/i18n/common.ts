import type { Locale } from '@perhekeskus/core';
import type { LoadFailure } from '../internal/fetch-json.js';

/** The Intl locale used for each interface language: Swedish and English dates as written in Finland. */
export const intlLocale: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached date formatter in UTC: the widgets' days are UTC midnights, so formatting never shifts the day.
 *
 * @param locale - the interface language
 * @param options - Intl options; `timeZone` is always UTC
 * @returns the same formatter for the same language and options
 * @example
 * dateFormat('fi', { weekday: 'short' }).format(new Date(Date.UTC(2024, 0, 1))); // 'ma'
 */
export function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/**
 * The strings about loading a widget's `src` that every widget shares. Each catalogue adds its own
 * `loadFailed`, `dataIssues`… which name what failed to load.
 */
export interface LoadMessages {
  loadFailedHttp: (status: string) => string;
  loadFailedNetwork: string;
  loadFailedJson: string;
  retry: string;
  /** After the listed data problems: how many more there are. */
  moreIssues: (formattedCount: string) => string;
}

/** {@link LoadMessages} in each interface language; spread into each widget's catalogue. */
export const loadMessages: Record<Locale, LoadMessages> = {
  fi: {
    loadFailedHttp: (status) => `Palvelin vastasi virheellä (HTTP ${status}).`,
    loadFailedNetwork: 'Tiedostoa ei saatu haettua. Tarkista verkkoyhteys.',
    loadFailedJson: 'Tiedosto ei ole kelvollista JSON-muotoa.',
    retry: 'Yritä uudelleen',
    moreIssues: (n) => `…ja ${n} muuta virhettä.`,
  },
  sv: {
    loadFailedHttp: (status) => `Servern svarade med ett fel (HTTP ${status}).`,
    loadFailedNetwork: 'Filen kunde inte hämtas. Kontrollera nätverksanslutningen.',
    loadFailedJson: 'Filen är inte giltig JSON.',
    retry: 'Försök igen',
    moreIssues: (n) => `…och ${n} fel till.`,
  },
  en: {
    loadFailedHttp: (status) => `The server answered with an error (HTTP ${status}).`,
    loadFailedNetwork: 'The file could not be fetched. Check the network connection.',
    loadFailedJson: 'The file is not valid JSON.',
    retry: 'Try again',
    moreIssues: (n) => `…and ${n} more.`,
  },
};

/**
 * The sentence that explains why loading `src` failed, after the widget's own `loadFailed`.
 *
 * @param m - the widget's catalogue (any catalogue with {@link LoadMessages})
 * @param failure - why it failed; anything but `http` and `json` counts as a network failure
 * @param status - the HTTP status, for `http`
 * @returns e.g. `Palvelin vastasi virheellä (HTTP 404).`
 * @example
 * loadFailureText(loadMessages.en, 'json', ''); // 'The file is not valid JSON.'
 */
export function loadFailureText(m: LoadMessages, failure: LoadFailure | undefined, status: string): string {
  return failure === 'http' ? m.loadFailedHttp(status) : failure === 'json' ? m.loadFailedJson : m.loadFailedNetwork;
}
