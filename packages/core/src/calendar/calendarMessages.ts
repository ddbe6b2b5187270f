import type { Locale } from '../model/common.js';

/**
 * The sentences that only calendar data needs, in Finnish, Swedish and English; every other sentence
 * of `calendarIssueMessage` comes from the meeting-place catalogue (`placeIssueMessages`), so the two
 * validators read alike and a translator sees each generic sentence once.
 */
export interface CalendarMessages {
  /** `Tapahtuma 4 (”Perhekahvila”)`: the entry by its 1-based number and, when known, title or id. */
  entry(number: number, title?: string, id?: string): string;
  /** The subject for a problem with the list itself. */
  list: string;
  notAList: string;
  duplicateId(id: string): string;
  /** What a date-time must look like; the received value and a full stop follow. */
  dateTime: string;
}

const fi: CalendarMessages = {
  entry: (n, title, id) => `Tapahtuma ${n}${title ? ` (”${title}”)` : id ? ` (${id})` : ''}`,
  list: 'Tapahtumaluettelo',
  notAList: 'odotettiin listaa tapahtumista tai objektia, jossa on kenttä entries; tapahtumia ei voitu lukea.',
  duplicateId: (id) => `tunniste ”${id}” on jo käytössä aiemmalla tapahtumalla, joten tämä tapahtuma ohitettiin.`,
  dateTime:
    'ajankohta pitää antaa muodossa VVVV-KK-PPTHH:mm:ss ja aikavyöhykkeen kanssa (esim. 2026-03-10T09:30:00+02:00), ja sen pitää olla todellinen hetki',
};

const sv: CalendarMessages = {
  entry: (n, title, id) => `Händelse ${n}${title ? ` (”${title}”)` : id ? ` (${id})` : ''}`,
  list: 'Händelselistan',
  notAList: 'förväntade en lista med händelser eller ett objekt med fältet entries; inga händelser kunde läsas.',
  duplicateId: (id) => `id:t ”${id}” används redan av en tidigare händelse, så den här händelsen hoppades över.`,
  dateTime:
    'tidpunkten ska anges som ÅÅÅÅ-MM-DDTHH:mm:ss med tidszon (t.ex. 2026-03-10T09:30:00+02:00) och vara en verklig tidpunkt',
};

const en: CalendarMessages = {
  entry: (n, title, id) => `Event ${n}${title ? ` (“${title}”)` : id ? ` (${id})` : ''}`,
  list: 'Event list',
  notAList: 'expected a list of events or an object with an entries field; no events could be read.',
  duplicateId: (id) => `the id “${id}” is already used by an earlier event, so this event was skipped.`,
  dateTime:
    'the date and time must be given as YYYY-MM-DDTHH:mm:ss with a time zone (e.g. 2026-03-10T09:30:00+02:00) and be a real moment',
};

/** The calendar-only sentences by locale. */
export const calendarMessages: Readonly<Record<Locale, CalendarMessages>> = { fi, sv, en };
