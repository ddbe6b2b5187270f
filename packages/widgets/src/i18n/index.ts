import { dateFormat, intlLocale } from './common.js';
import type { WidgetLocale } from './messages.js';

export { messages } from './catalogue.js';
export type { Messages, WidgetLocale } from './messages.js';

/**
 * The interface language for a `lang` value: `sv`, `sv-FI` → `sv`; anything not Swedish or English → `fi`.
 *
 * @param lang - a BCP 47 tag (`"sv-FI"`), or null/empty when none is set
 * @returns `fi`, `sv` or `en`
 * @example
 * localeFromLang('en-GB'); // 'en'
 */
export function localeFromLang(lang: string | null | undefined): WidgetLocale {
  const primary = (lang ?? '').trim().toLowerCase().split('-')[0];
  return primary === 'sv' || primary === 'en' ? primary : 'fi';
}

/** `"YYYY-MM-DD"` as a UTC midnight `Date`, so formatting with `timeZone: 'UTC'` never shifts the day. */
function utcDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A wall-clock time `HH:mm` the way each language writes it: `9.30` (fi, sv) or `9:30` (en).
 *
 * @example
 * formatClock('09:30', 'fi'); // '9.30'
 */
export function formatClock(time: string, locale: WidgetLocale): string {
  const [h = '0', m = '00'] = time.split(':');
  return `${Number(h)}${locale === 'en' ? ':' : '.'}${m}`;
}

/**
 * A span of wall-clock time: `klo 9.30–11.30`, `kl. 9.30–11.30`, `9:30–11:30`.
 *
 * @example
 * formatTimeRange('09:30', '11:00', 'sv'); // 'kl. 9.30–11.00'
 */
export function formatTimeRange(start: string, end: string, locale: WidgetLocale): string {
  const prefix = locale === 'fi' ? 'klo ' : locale === 'sv' ? 'kl. ' : '';
  return `${prefix}${formatClock(start, locale)}–${formatClock(end, locale)}`;
}

/**
 * A full date: `1.4.2026` (fi, sv), `1 Apr 2026` (en).
 *
 * @example
 * formatDate('2026-04-01', 'fi'); // '1.4.2026'
 */
export function formatDate(isoDate: string, locale: WidgetLocale): string {
  return dateFormat(locale, { day: 'numeric', month: locale === 'en' ? 'short' : 'numeric', year: 'numeric' }).format(
    utcDate(isoDate),
  );
}

/**
 * A day in the coming week with its weekday: `ti 7.4.`, `tis 7.4.`, `Tue 7 Apr`.
 *
 * @example
 * formatDay('2026-04-07', 'fi'); // 'ti 7.4.'
 */
export function formatDay(isoDate: string, locale: WidgetLocale): string {
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
export function weekdayName(weekday: number, locale: WidgetLocale): string {
  // 2024-01-01 was a Monday.
  return capitalize(dateFormat(locale, { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, weekday))), locale);
}

/**
 * The text with its first letter in upper case, for labels that stand alone (`perheet` → `Perheet`).
 *
 * @example
 * capitalize('äitiys', 'fi'); // 'Äitiys'
 */
export function capitalize(text: string, locale: WidgetLocale): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale[locale]) + text.slice(1);
}

/** The ISO weekdays in Finnish order, Monday first. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * A count with the language's digit grouping: `10 000` (fi, sv), `10,000` (en).
 */
export function formatCount(value: number, locale: WidgetLocale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/**
 * A distance in kilometres: one decimal below 10 km, whole kilometres above.
 *
 * @example
 * formatKm(3.25, 'fi'); // '3,3'
 */
export function formatKm(km: number, locale: WidgetLocale): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

const languageNames = new Map<WidgetLocale, Intl.DisplayNames | null>();

/**
 * The name of a language in the interface language (`fi` → `suomi` / `finska` / `Finnish`); the code
 * itself when the browser does not know it.
 */
export function languageName(code: string, locale: WidgetLocale): string {
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
