import type { LocalizedText, TrilingualText, Weekday } from '../../model/common.js';
import { at, knownFields, type PtvContext, preview, report, reportUnmapped } from './ptvContext.js';
import { PtvOpeningHour } from './ptvSchemas.js';
import { ptvLocalizedText, ptvTexts } from './ptvText.js';
import { type PtvTime, ptvTime } from './ptvTime.js';
import { ptvWeekday } from './ptvWeekday.js';

/** One PTV opening read into numbers: minutes after midnight and ISO weekdays. */
export interface PtvOpening {
  readonly from: PtvTime;
  readonly to: PtvTime;
  readonly dayFrom?: Weekday;
  readonly dayTo?: Weekday;
  readonly path: string;
}

/** Reads a weekday field; an empty or absent one is `undefined`, a wrong one is reported as `null`. */
function day(ctx: PtvContext, value: unknown, path: string): Weekday | undefined | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  const weekday = typeof value === 'string' ? ptvWeekday(value) : undefined;
  if (weekday === undefined) {
    report(ctx, path, 'invalid-value', `Opening left out: ${preview(value)} is not a weekday name`, false, value);
    return null;
  }
  return weekday;
}

/** Reads a time field, reporting a missing or malformed one and seconds that have to be dropped. */
function time(ctx: PtvContext, value: unknown, path: string): PtvTime | undefined {
  const parsed = typeof value === 'string' ? ptvTime(value) : undefined;
  if (parsed === undefined) {
    report(
      ctx,
      path,
      'invalid-value',
      `Opening left out: ${preview(value ?? null)} is not a time (HH:mm:ss)`,
      false,
      value,
    );
    return undefined;
  }
  if (parsed.truncated) {
    report(ctx, path, 'time-truncated', `Seconds of ${preview(value)} dropped: our times are HH:mm`, false, value);
  }
  return parsed;
}

/**
 * Reads one `openingHour` entry: `from`/`to` (`HH:mm:ss`) and the English weekday names `dayFrom`/`dayTo`.
 * Malformed entries are reported (`invalid-value`) and give `undefined`; seconds are dropped with a
 * `time-truncated` issue.
 *
 * @param ctx - the channel being read
 * @param value - the source opening
 * @param path - its source path (`serviceHours[0].openingHour[1]`)
 * @returns the opening, or `undefined`
 * @example
 * ptvOpening(ctx, { dayFrom: 'Monday', dayTo: 'Friday', from: '09:00:00', to: '16:00:00' }, 'p');
 * // { from: { minutes: 540, truncated: false }, to: { minutes: 960, truncated: false }, dayFrom: 1, dayTo: 5, path: 'p' }
 */
export function ptvOpening(ctx: PtvContext, value: unknown, path: string): PtvOpening | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report(ctx, path, 'invalid-value', `Opening left out: expected an object, got ${preview(value)}`);
    return undefined;
  }
  const record = value as Record<string, unknown>;
  reportUnmapped(ctx, record, knownFields(PtvOpeningHour), ['dayFrom', 'dayTo', 'from', 'to'], path);
  const dayFrom = day(ctx, record['dayFrom'], at(path, 'dayFrom'));
  const dayTo = day(ctx, record['dayTo'], at(path, 'dayTo'));
  const from = time(ctx, record['from'], at(path, 'from'));
  const to = time(ctx, record['to'], at(path, 'to'));
  if (dayFrom === null || dayTo === null || from === undefined || to === undefined) return undefined;
  return {
    from,
    to,
    ...(dayFrom !== undefined ? { dayFrom } : {}),
    ...(dayTo !== undefined ? { dayTo } : {}),
    path,
  };
}

/** Said of an entry with `isReservation: true`: the place is open by appointment only. */
const BY_APPOINTMENT: TrilingualText = {
  fi: 'Vain ajanvarauksella.',
  sv: 'Endast med tidsbokning.',
  en: 'By appointment only.',
};

/** The Sámi languages a note may be in, which have no "By appointment only." of ours. */
const SAMI = ['se', 'smn', 'sms'] as const;

/**
 * The note for the activities or exceptions made from one service hour: its `additionalInformation`
 * (in any of our languages), preceded by "By appointment only." in Finnish, Swedish and English when
 * `isReservation` is true. With a reservation a Sámi note is reported (`unmapped-field`), not carried:
 * without the appointment sentence, which we have in no Sámi language, it would mislead, while a Sámi
 * reader falls back to the Finnish note, which says it.
 *
 * @param ctx - the channel being read
 * @param entry - the parsed service hour
 * @param path - its source path
 * @returns the note, or `undefined` when there is nothing to say
 * @example
 * ptvHoursNote(ctx, { isReservation: true }, 'serviceHours[0]');
 * // { fi: 'Vain ajanvarauksella.', sv: 'Endast med tidsbokning.', en: 'By appointment only.' }
 */
export function ptvHoursNote(ctx: PtvContext, entry: Record<string, unknown>, path: string): LocalizedText | undefined {
  const texts = ptvTexts(ctx, entry['additionalInformation'], at(path, 'additionalInformation'), 'hours note');
  const info = ptvLocalizedText(ctx, texts, 'hours note');
  if (entry['isReservation'] !== true) return info;
  for (const language of SAMI) {
    const value = info?.[language];
    if (value === undefined) continue;
    const source = texts.find((t) => t.language === language);
    report(
      ctx,
      source?.path ?? at(path, 'additionalInformation'),
      'unmapped-field',
      `The ${language} hours note ${preview(value)} is not carried over: it would lack "By appointment only.", which has no ${language} text here`,
    );
  }
  const join = (a: string, b: string | undefined) => (b === undefined ? a : `${a} ${b}`);
  return {
    fi: join(BY_APPOINTMENT.fi, info?.fi),
    sv: join(BY_APPOINTMENT.sv, info?.sv),
    en: join(BY_APPOINTMENT.en, info?.en),
  };
}
