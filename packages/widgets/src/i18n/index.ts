import type { Locale } from '@perhekeskus/core';
import { dateFormat, intlLocale } from './common.js';

export { messages } from './catalogue.js';
export type { Messages } from './messages.js';

/**
 * The interface language for a `lang` value: `sv`, `sv-FI` → `sv`; anything not Swedish or English → `fi`.
 *
 * @param lang - a BCP 47 tag (`"sv-FI"`), or null/empty when none is set
 * @returns `fi`, `sv` or `en`
 * @example
 * localeFromLang('en-GB'); // 'en'
 */
export function localeFromLang(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split('-')[0];
  return primary === 'sv' || primary === 'en' ? primary : 'fi';
}

/** `"YYYY-MM-DD"` as a UTC midnight `Date`, so formatting with `timeZone: 'UTC'` never shifts the day. */
function utcDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A day in the coming week with its weekday: `ti 7.4.`, `tis 7.4.`, `Tue 7 Apr`.
 *
 * @example
 * formatDay('2026-04-07', 'fi'); // 'ti 7.4.'
 */
export function formatDay(isoDate: string, locale: Locale): string {
  const date = utcDate(isoDate);
  const weekday = dateFormat(locale, { weekday: 'short' }).format(date).replace(/\.$/, '');
  if (locale === 'en') return `${weekday} ${dateFormat(locale, { day: 'numeric', month: 'short' }).format(date)}`;
  return `${weekday} ${date.getUTCDate()}.${date.getUTCMonth() + 1}.`;
}

/**
 * The name of an ISO weekday (1 = Monday … 7 = Sunday), capitalised for use as a label.
 *
 * @example
 * weekdayName(1, 'fi'); // 'Maanantai'
 */
export function weekdayName(weekday: number, locale: Locale): string {
  // 2024-01-01 was a Monday.
  return capitalize(dateFormat(locale, { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, weekday))), locale);
}

/**
 * The text with its first letter in upper case, for labels that stand alone (`perheet` → `Perheet`).
 *
 * @example
 * capitalize('äitiys', 'fi'); // 'Äitiys'
 */
export function capitalize(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale[locale]) + text.slice(1);
}

/** The ISO weekdays in Finnish order, Monday first. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * A count with the language's digit grouping: `10 000` (fi, sv), `10,000` (en).
 */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/**
 * A distance in kilometres: one decimal below 10 km, whole kilometres above.
 *
 * @example
 * formatKm(3.25, 'fi'); // '3,3'
 */
export function formatKm(km: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

const languageNames = new Map<Locale, Intl.DisplayNames | null>();

/**
 * The name of a language in the interface language (`fi` → `suomi` / `finska` / `Finnish`); the code
 * itself when the browser does not know it.
 */
export function languageName(code: string, locale: Locale): string {
  let names = languageNames.get(locale);
  if (names === undefined) {
    names =
      typeof Intl.DisplayNames === 'function'
        ? new Intl.DisplayNames([intlLocale[locale]], { type: 'language' })
        : null;
    languageNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
