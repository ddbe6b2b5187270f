import { Cadence } from '../model/cadence.js';
import type { Locale, MeetingModes, MonthWindow, Weekday } from '../model/common.js';
import { Locale as LocaleSchema } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { formatLocalTime, parseLocalTime } from '../time/isoFormat.js';
import { formatTime, formatTimeRange } from '../i18n/formatTime.js';
import { modesText } from './modesText.js';
import { monthNames } from '../i18n/monthNames.js';

// Finnish inessive for "not in July": heinäkuussa.
const monthInessiveFi = monthNames.fi.map((m) => `${m}ssa`);

const weekdayHabitual = {
  fi: ['maanantaisin', 'tiistaisin', 'keskiviikkoisin', 'torstaisin', 'perjantaisin', 'lauantaisin', 'sunnuntaisin'],
  sv: ['på måndagar', 'på tisdagar', 'på onsdagar', 'på torsdagar', 'på fredagar', 'på lördagar', 'på söndagar'],
  en: ['on Mondays', 'on Tuesdays', 'on Wednesdays', 'on Thursdays', 'on Fridays', 'on Saturdays', 'on Sundays'],
} as const;

const words = {
  fi: {
    monthly: 'kuukausittain',
    about: 'pääasiassa',
    notIn: (months: string) => `ei ${months}`,
    timesPerYear: (n: number) => `${n} ${n === 1 ? 'kerta' : 'kertaa'} vuodessa`,
    ofWhichInPerson: (k: number) => `joista ${k} lähitapaamisena`,
    others: 'muut',
    onceEach: 'kerran kussakin jaksossa',
    yearly: 'vuosittain',
    everyN: (n: number, years: string) => `joka ${n}. vuosi (${years} …)`,
    alternating: 'vuorotellen',
    minutes: (n: number) => `${n} min`,
    and: 'ja',
  },
  sv: {
    monthly: 'varje månad',
    about: 'i huvudsak',
    notIn: (months: string) => `inte i ${months}`,
    timesPerYear: (n: number) => `${n} ${n === 1 ? 'gång' : 'gånger'} per år`,
    ofWhichInPerson: (k: number) => `varav ${k} på plats`,
    others: 'övriga',
    onceEach: 'en gång i varje period',
    yearly: 'varje år',
    everyN: (n: number, years: string) => `vart ${n}:a år (${years} …)`,
    alternating: 'växelvis',
    minutes: (n: number) => `${n} min`,
    and: 'och',
  },
  en: {
    monthly: 'monthly',
    about: 'mostly',
    notIn: (months: string) => `not in ${months}`,
    timesPerYear: (n: number) => `${n} ${n === 1 ? 'time' : 'times'} a year`,
    ofWhichInPerson: (k: number) => `${k} of them in person`,
    others: 'others',
    onceEach: 'once in each period',
    yearly: 'every year',
    everyN: (n: number, years: string) => `every ${n} years (${years} …)`,
    alternating: 'alternating',
    minutes: (n: number) => `${n} min`,
    and: 'and',
  },
} as const;

function monthSpan(window: MonthWindow, locale: Locale): string {
  const names = monthNames[locale];
  if (window.from === window.to) return names[window.from - 1]!;
  return `${names[window.from - 1]}–${names[window.to - 1]}`;
}

function list(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${words[locale].and} ${items.at(-1)}`;
}

function timing(cadence: Cadence, locale: Locale): string[] {
  const parts: string[] = [];
  const weekday = cadence.weekday as Weekday | undefined;
  if (weekday) parts.push(weekdayHabitual[locale][weekday - 1]!);
  if (cadence.time && cadence.durationMinutes) {
    const endMinutes = parseLocalTime(cadence.time) + cadence.durationMinutes;
    if (endMinutes < 24 * 60) parts.push(formatTimeRange(cadence.time, formatLocalTime(endMinutes), locale));
  } else if (cadence.time) {
    parts.push(formatTime(cadence.time, locale));
  } else if (cadence.durationMinutes) {
    parts.push(words[locale].minutes(cadence.durationMinutes));
  }
  return parts;
}

/**
 * Says in words how often a group meets or an activity recurs, in Finnish, Swedish or English, for
 * summaries, the professionals' page and screen readers.
 *
 * @param cadence - the cadence (validated)
 * @param locale - `'fi'`, `'sv'` or `'en'`
 * @returns one line of text
 * @example
 * describeCadence({ kind: 'times-per-year', times: 4, inPerson: 1, mode: 'remote' }, 'fi');
 * // '4 kertaa vuodessa, joista 1 lähitapaamisena; muut: etäkokous'
 */
export function describeCadence(cadence: Cadence, locale: Locale): string {
  const c = parseInput(Cadence, cadence, 'cadence');
  const l = parseInput(LocaleSchema, locale, 'locale');
  const w = words[l];
  const mode = (m: MeetingModes) => modesText(m, l);
  let head: string;
  switch (c.kind) {
    case 'monthly': {
      head = c.approximate ? `${w.about} ${w.monthly}` : w.monthly;
      if (c.skipMonths?.length) {
        const months = c.skipMonths.map((m) => (l === 'fi' ? monthInessiveFi[m - 1]! : monthNames[l][m - 1]!));
        head += ` (${w.notIn(list(months, l))})`;
      }
      const inPerson = c.inPerson ?? c.inPersonAt?.length ?? 0;
      const meetings = 12 - new Set(c.skipMonths).size;
      if (inPerson > 0 && inPerson < meetings) head += `, ${w.ofWhichInPerson(inPerson)}; ${w.others}: ${mode(c.mode)}`;
      else if (inPerson > 0) head += `; ${mode('in-person')}`;
      else head += `; ${mode(c.mode)}`;
      break;
    }
    case 'times-per-year': {
      head = w.timesPerYear(c.times);
      if (c.approximate) head = `${w.about} ${head}`;
      if (c.months) head += ` (${monthSpan(c.months, l)})`;
      if (c.inPerson && c.inPerson < c.times)
        head += `, ${w.ofWhichInPerson(c.inPerson)}; ${w.others}: ${mode(c.mode)}`;
      else if (c.inPerson === c.times) head += `; ${mode('in-person')}`;
      else head += `; ${mode(c.mode)}`;
      break;
    }
    case 'windows': {
      const spans = c.windows.map((x) => `${monthSpan(x.window, l)} (${mode(x.mode)})`);
      head = `${w.onceEach}: ${spans.join(', ')}`;
      break;
    }
    case 'every-n-years': {
      if (c.every === 1) head = w.yearly;
      else {
        const first = c.phaseYear!;
        head = w.everyN(c.every, `${first}, ${first + c.every}`);
      }
      head += `, ${monthSpan(c.window, l)}`;
      if (c.variants) head += ` (${w.alternating})`;
      break;
    }
  }
  const rest = timing(c, l);
  return rest.length ? `${head}; ${rest.join(' ')}` : head;
}
