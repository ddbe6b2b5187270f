import type { Locale } from '../model/common.js';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Writes a date in running text the way each language writes it: Finnish and Swedish `10.3.2026`
 * (Kotus and Språkrådet: day and month without leading zeros), English `10 Mar 2026`. Only the date
 * part of a longer ISO string is read, so a date-time gives its own calendar day.
 *
 * @param iso - `YYYY-MM-DD`, or a date-time that starts with one
 * @param locale - `'fi'`, `'sv'` or `'en'`
 * @returns the formatted date
 * @example
 * formatDate('2026-03-10', 'fi'); // '10.3.2026'
 * formatDate('2026-03-10', 'en'); // '10 Mar 2026'
 */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return locale === 'en' ? `${d} ${EN_MONTHS[m - 1]} ${y}` : `${d}.${m}.${y}`;
}
