import type { Locale } from '../model/common.js';

/**
 * The names of the months, January first, as each interface language writes them in running text
 * (Finnish and Swedish in lower case).
 *
 * @example
 * monthNames.fi[2]; // 'maaliskuu'
 * monthNames.sv[0]; // 'januari'
 */
export const monthNames: Readonly<Record<Locale, readonly string[]>> = {
  fi: [
    'tammikuu',
    'helmikuu',
    'maaliskuu',
    'huhtikuu',
    'toukokuu',
    'kesäkuu',
    'heinäkuu',
    'elokuu',
    'syyskuu',
    'lokakuu',
    'marraskuu',
    'joulukuu',
  ],
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;
