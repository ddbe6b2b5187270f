import type { Locale } from '@perhekeskus/core';
import type { CalendarWidgetMessages } from './index.js';

/**
 * The calendar's words in one language, loaded on first use (the locale controller asks): a page
 * downloads the file of the language it shows, and another only when its language changes.
 *
 * @param locale - `fi`, `sv` or `en`
 * @returns the catalogue
 * @example
 * new LocaleController(this, importCalendarMessages);
 */
export function importCalendarMessages(locale: Locale): Promise<CalendarWidgetMessages> {
  if (locale === 'sv') return import('./sv.js').then((file) => file.sv);
  if (locale === 'en') return import('./en.js').then((file) => file.en);
  return import('./fi.js').then((file) => file.fi);
}
