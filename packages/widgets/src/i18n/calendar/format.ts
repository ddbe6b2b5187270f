import type { Locale } from '@perhekeskus/core';
import { dateFormat } from '../common.js';
import { capitalize } from '../index.js';

// The calendar's own date formats, beside its words; the formats every widget uses are in ../index.ts.

function utcDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/**
 * A date in full, as a screen reader should say a calendar day: `tiistai 10. maaliskuuta 2026`,
 * `tisdag 10 mars 2026`, `Tuesday 10 March 2026`.
 *
 * @param isoDate - `YYYY-MM-DD`
 * @param locale - the interface language
 * @returns the weekday, day, month and year
 * @example
 * formatLongDate('2026-03-10', 'fi'); // 'tiistai 10. maaliskuuta 2026'
 */
export function formatLongDate(isoDate: string, locale: Locale): string {
  const date = utcDay(isoDate);
  // Composed: Intl's Finnish pattern puts the weekday in the essive ("tiistaina 10. maaliskuuta").
  const weekday = dateFormat(locale, { weekday: 'long' }).format(date);
  return `${weekday} ${dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date)}`;
}

/**
 * A month and its year as a title: `Maaliskuu 2026`, `Mars 2026`, `March 2026`.
 *
 * @param year - the year
 * @param month - 1 = January
 * @param locale - the interface language
 * @returns the title, capitalised
 * @example
 * formatMonthTitle(2026, 3, 'sv'); // 'Mars 2026'
 */
export function formatMonthTitle(year: number, month: number, locale: Locale): string {
  const date = new Date(Date.UTC(2000, month - 1, 1));
  date.setUTCFullYear(year);
  return capitalize(dateFormat(locale, { month: 'long', year: 'numeric' }).format(date), locale);
}

/**
 * A weekday's short name for a column header: `ma`, `mån`, `Mon` (1 = Monday … 7 = Sunday).
 *
 * @param weekday - ISO weekday
 * @param locale - the interface language
 * @returns the abbreviation without a trailing full stop
 * @example
 * weekdayShort(1, 'fi'); // 'ma'
 */
export function weekdayShort(weekday: number, locale: Locale): string {
  // 2024-01-01 was a Monday.
  return dateFormat(locale, { weekday: 'short' })
    .format(new Date(Date.UTC(2024, 0, weekday)))
    .replace(/\.$/, '');
}

/**
 * A day and month without the year: `10.3.` (fi, sv), `10 Mar` (en).
 *
 * @param isoDate - `YYYY-MM-DD`
 * @param locale - the interface language
 * @returns the short date
 * @example
 * formatDayMonth('2026-03-10', 'en'); // '10 Mar'
 */
export function formatDayMonth(isoDate: string, locale: Locale): string {
  if (locale === 'en') return dateFormat(locale, { day: 'numeric', month: 'short' }).format(utcDay(isoDate));
  const [, month, day] = isoDate.split('-').map(Number);
  return `${day}.${month}.`;
}
