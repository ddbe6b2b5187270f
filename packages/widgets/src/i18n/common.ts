import type { Locale } from '@perhekeskus/core';
import type { LoadFailure } from '../internal/fetch-json.js';
import { fi } from './common/fi.js';

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
 * The strings about loading a widget's `src` that every widget shares, one file per language
 * (`i18n/common/fi.ts`…) spread into each widget's catalogue of that language, so a page downloads
 * only its own language. Each catalogue adds its own `loadFailed`, `dataIssues`… which name what failed.
 */
export interface LoadMessages {
  loadFailedHttp: (status: string) => string;
  loadFailedNetwork: string;
  loadFailedJson: string;
  retry: string;
  /** After the listed data problems: how many more there are. */
  moreIssues: (formattedCount: string) => string;
}

/**
 * The sentence that explains why loading `src` failed, after the widget's own `loadFailed`.
 *
 * @param m - the widget's catalogue (any catalogue with {@link LoadMessages}); Finnish, the default
 * language, when it is not given. Referring to the Finnish strings here also keeps them in the
 * widgets' shared chunk, which a Finnish page loads anyway, instead of in a small file of their own.
 * @param failure - why it failed; anything but `http`, `json` and `type` counts as a network failure
 * @param status - the HTTP status, for `http`; the content type the server sent, for `type`
 * @returns e.g. `Palvelin vastasi virheellä (HTTP 404).`
 * @example
 * loadFailureText(en, 'json', ''); // 'The file is not valid JSON.'
 * loadFailureText(en, 'type', 'text/html'); // 'The file is not valid JSON. (Content-Type: text/html)'
 */
export function loadFailureText(m: LoadMessages = fi, failure: LoadFailure | undefined, status = ''): string {
  if (failure === 'http') return m.loadFailedHttp(status);
  // An HTML page or a text file is refused by its type, which the sentence names for the web team.
  if (failure === 'type') return `${m.loadFailedJson} (Content-Type: ${status})`;
  return failure === 'json' ? m.loadFailedJson : m.loadFailedNetwork;
}
