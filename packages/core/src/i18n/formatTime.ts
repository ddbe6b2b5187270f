import type { Locale, LocalTime } from '../model/common.js';

/**
 * Writes a Helsinki wall-clock time the way each language writes it: Finnish `klo 9.30`, Swedish
 * `kl. 9.30`, English `9:30` (Kotus and Språkrådet recommend the dot in fi and sv).
 *
 * @param time - `HH:mm`
 * @param locale - `'fi'`, `'sv'` or `'en'`
 * @param withPrefix - include `klo` / `kl.` (default true)
 * @returns the formatted time
 * @example
 * formatTime('09:30', 'fi'); // 'klo 9.30'
 * formatTime('09:30', 'en'); // '9:30'
 */
export function formatTime(time: LocalTime, locale: Locale, withPrefix = true): string {
  const [h, m] = time.split(':') as [string, string];
  const hour = String(Number(h));
  if (locale === 'en') return `${hour}:${m}`;
  const text = `${hour}.${m}`;
  if (!withPrefix) return text;
  return locale === 'fi' ? `klo ${text}` : `kl. ${text}`;
}

/**
 * Writes a time span: `klo 9.30–11.00`, `kl. 9.30–11.00`, `9:30–11:00`.
 *
 * @param start - `HH:mm`
 * @param end - `HH:mm`
 * @param locale - `'fi'`, `'sv'` or `'en'`
 * @returns the formatted span with an en dash
 * @example
 * formatTimeRange('09:30', '11:00', 'fi'); // 'klo 9.30–11.00'
 */
export function formatTimeRange(start: LocalTime, end: LocalTime, locale: Locale): string {
  return `${formatTime(start, locale)}–${formatTime(end, locale, false)}`;
}
