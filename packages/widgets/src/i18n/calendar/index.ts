import type { Locale } from '@perhekeskus/core';
import type { LoadMessages } from '../common.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';

export { formatDayMonth, formatLongDate, formatMonthTitle, weekdayShort } from './format.js';

/**
 * Every visible string of `<pk-calendar>`, in one language: a catalogue of its own, so a page ships
 * only the words of the widgets it uses. Strings that embed a value are functions, so each language
 * can put the value where its grammar wants it; numbers arrive already formatted. The strings every
 * widget shares (why a load failed, "try again") are in `../common.ts`; messages about invalid
 * calendar data come from core (`calendarIssueMessage`), by issue code.
 */
export interface CalendarWidgetMessages extends LoadMessages {
  /** Accessible name of the group of view buttons. */
  viewLabel: string;
  viewMonth: string;
  viewWeek: string;
  viewAgenda: string;
  previousMonth: string;
  nextMonth: string;
  previousWeek: string;
  nextWeek: string;
  today: string;
  /** Column header of the ISO week numbers: visible abbreviation and its full form. */
  weekAbbr: string;
  weekColumn: string;
  /** Row header of a week in the month grid: `viikko 11`. */
  weekNumber: (formattedWeek: string) => string;
  /** Title of the week view: `Viikko 11 (9.3.–15.3.2026)`. */
  weekTitle: (formattedWeek: string, range: string) => string;
  /** `2 tapahtumaa`; for count 0 `ei tapahtumia`. */
  eventCount: (count: number, formattedCount: string) => string;
  /** More events in a month cell than it shows: `+2 muuta`. */
  moreEvents: (formattedCount: string) => string;
  allDay: string;
  noEventsDay: string;
  noEventsWeek: string;
  noEventsMonth: string;
  /** Heading of the list of the visible month's holidays and days off. */
  holidaysHeading: string;
  holidayKind: { public: string; 'day-off': string };
  example: string;
  /** The short tag on an example event in a month cell. */
  exampleShort: string;
  exampleExplained: string;
  /** Shown above the calendar when any visible event is example data. */
  examplesNote: string;
  mode: string;
  place: string;
  group: string;
  topics: string;
  moreInformation: string;
  website: string;
  addToCalendar: string;
  /** The link that downloads every event of the visible days. */
  addRangeToCalendar: string;
  /** Name of a downloaded calendar: `Perhekeskus: Maaliskuu 2026`, with the region when there is one. */
  calendarName: (period: string, region: string | undefined) => string;
  close: string;
  /** Accessible name of the list of events in the agenda view and the print agenda. */
  eventsLabel: string;
  /**
   * Heading of the agenda's first group: events that began before the first day shown and are still
   * under way (an evaluation window of September–November seen in November), each with its dates.
   */
  ongoingHeading: string;
  /** The button under a long list that shows the next events. */
  showMore: (formattedShown: string, formattedTotal: string) => string;
  /** Before the name of the region the data comes from, in the status line: `Alue: Etelä-Savo`. */
  region: string;
  /** When the visible period has no published calendars: the years it has (`2026–2027`). */
  publishedYears: (years: string) => string;
  loading: string;
  loadFailed: string;
  dataIssues: (formattedCount: string) => string;
  dataIssuesKept: (formattedCount: string) => string;
  dataUnusable: string;
  /** Heading of problems with the element's own attributes. */
  settingsIssues: string;
  unknownGroup: (id: string) => string;
  unknownPlace: (id: string) => string;
  /** A meeting place whose data core could not read. */
  invalidPlace: (id: string) => string;
  invalidDate: (attribute: string, value: string) => string;
  /** A real date in a year the calendar does not cover (`9999-12-31`; it covers `YEARS` of `calendar.model.ts`). */
  dateOutsideYears: (attribute: string, value: string) => string;
  invalidView: (value: string) => string;
  /** `src` is a published folder whose `index.json` this calendar cannot read. */
  invalidFolder: string;
  /** Groups, a place or the evaluation calendar were asked for, but there is no data to take them from. */
  noData: string;
}

const catalogue: Record<Locale, CalendarWidgetMessages> = { fi, sv, en };

/**
 * The calendar's words in a language.
 *
 * @param locale - `fi`, `sv` or `en`
 * @returns the catalogue
 * @example
 * messages('sv').today; // 'I dag'
 */
export function messages(locale: Locale): CalendarWidgetMessages {
  return catalogue[locale];
}
