import { dateFormat, type LoadMessages, loadMessages } from './common.js';
import { capitalize } from './index.js';
import type { WidgetLocale } from './messages.js';

/**
 * Every visible string of `<pk-calendar>`, in one language: a catalogue of its own, so the calendar
 * ships its words only where it is used. Strings that embed a value are functions, so each language
 * can put the value where its grammar wants it; numbers arrive already formatted. Messages about
 * invalid calendar data come from core (`calendarIssueMessage`).
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
  /** Name of a downloaded calendar: `Perhekeskus: maaliskuu 2026`. */
  calendarName: (period: string) => string;
  close: string;
  /** Accessible name of the list of events in the agenda view and the print agenda. */
  eventsLabel: string;
  /**
   * Heading of the agenda's first group: events that began before the first day shown and are still
   * under way (an evaluation window of September–November seen in November), each with its dates.
   */
  ongoingHeading: string;
  loading: string;
  loadFailed: string;
  dataIssues: (formattedCount: string) => string;
  dataIssuesKept: (formattedCount: string) => string;
  dataUnusable: string;
  /** Heading of problems with the element's own attributes. */
  settingsIssues: string;
  unknownGroup: (id: string) => string;
  unknownPlace: (id: string) => string;
  invalidDate: (attribute: string, value: string) => string;
  invalidView: (value: string) => string;
  builtInFailed: string;
}

const fi: CalendarWidgetMessages = {
  viewLabel: 'Näkymä',
  viewMonth: 'Kuukausi',
  viewWeek: 'Viikko',
  viewAgenda: 'Lista',
  previousMonth: 'Edellinen kuukausi',
  nextMonth: 'Seuraava kuukausi',
  previousWeek: 'Edellinen viikko',
  nextWeek: 'Seuraava viikko',
  today: 'Tänään',
  weekAbbr: 'vk',
  weekColumn: 'Viikko',
  weekNumber: (n) => `viikko ${n}`,
  weekTitle: (n, range) => `Viikko ${n} (${range})`,
  eventCount: (count, n) => (count === 0 ? 'ei tapahtumia' : `${n} ${count === 1 ? 'tapahtuma' : 'tapahtumaa'}`),
  moreEvents: (n) => `+${n} muuta`,
  allDay: 'Koko päivän',
  noEventsDay: 'Ei tapahtumia tänä päivänä.',
  noEventsWeek: 'Ei tapahtumia tällä viikolla.',
  noEventsMonth: 'Ei tapahtumia tässä kuussa.',
  holidaysHeading: 'Pyhä- ja vapaapäivät',
  holidayKind: { public: 'pyhäpäivä', 'day-off': 'vapaapäivä' },
  example: 'Esimerkkitieto',
  exampleShort: 'esim.',
  exampleExplained: 'Keksitty esimerkki, ei todellinen tapahtuma.',
  examplesNote:
    'Esimerkkitiedoksi merkityt tapahtumat on keksitty näyttämään, miltä kalenteri näyttää: ne eivät ole todellisia.',
  mode: 'Toteutustapa',
  place: 'Paikka',
  group: 'Ryhmä',
  topics: 'Aiheet',
  moreInformation: 'Lisätietoja',
  website: 'Verkkosivut',
  addToCalendar: 'Lisää kalenteriin',
  addRangeToCalendar: 'Lataa näytetyt tapahtumat kalenteriin (.ics)',
  calendarName: (period) => `Perhekeskus: ${period}`,
  close: 'Sulje',
  eventsLabel: 'Tapahtumat',
  ongoingHeading: 'Jo käynnissä',
  loading: 'Ladataan tapahtumia…',
  loadFailed: 'Tapahtumien lataaminen epäonnistui.',
  ...loadMessages.fi,
  dataIssues: (n) => `Tapahtumatiedoissa on virheitä (${n}).`,
  dataIssuesKept: (n) => `Virheettömät tapahtumat (${n}) näytetään, virheelliset on jätetty pois.`,
  dataUnusable: 'Tiedosto ei ole tapahtumaluettelo, joten sen tapahtumia ei voida näyttää.',
  settingsIssues: 'Kalenterin asetuksissa on virheitä.',
  unknownGroup: (id) => `Ryhmää ”${id}” ei löydy, joten sen kokouksia ei näytetä.`,
  unknownPlace: (id) => `Kohtaamispaikkaa ”${id}” ei löydy, joten sen toimintaa ei näytetä.`,
  invalidDate: (attribute, value) =>
    `Attribuutin ${attribute} arvo ”${value}” ei ole kelvollinen päivämäärä, joten näytetään tämä päivä.`,
  invalidView: (value) => `Näkymää ”${value}” ei ole; vaihtoehdot ovat month, week ja agenda.`,
  builtInFailed: 'Valmiiden tietojen lataaminen epäonnistui.',
};

const sv: CalendarWidgetMessages = {
  viewLabel: 'Vy',
  viewMonth: 'Månad',
  viewWeek: 'Vecka',
  viewAgenda: 'Lista',
  previousMonth: 'Föregående månad',
  nextMonth: 'Nästa månad',
  previousWeek: 'Föregående vecka',
  nextWeek: 'Nästa vecka',
  today: 'I dag',
  weekAbbr: 'v.',
  weekColumn: 'Vecka',
  weekNumber: (n) => `vecka ${n}`,
  weekTitle: (n, range) => `Vecka ${n} (${range})`,
  eventCount: (count, n) => (count === 0 ? 'inga händelser' : `${n} ${count === 1 ? 'händelse' : 'händelser'}`),
  moreEvents: (n) => `+${n} till`,
  allDay: 'Hela dagen',
  noEventsDay: 'Inga händelser den här dagen.',
  noEventsWeek: 'Inga händelser den här veckan.',
  noEventsMonth: 'Inga händelser den här månaden.',
  holidaysHeading: 'Helgdagar och lediga dagar',
  holidayKind: { public: 'helgdag', 'day-off': 'ledig dag' },
  example: 'Exempeldata',
  exampleShort: 'ex.',
  exampleExplained: 'Ett påhittat exempel, inte en verklig händelse.',
  examplesNote:
    'Händelserna som är märkta som exempeldata är påhittade för att visa hur kalendern ser ut: de är inte verkliga.',
  mode: 'Form',
  place: 'Plats',
  group: 'Grupp',
  topics: 'Ämnen',
  moreInformation: 'Mer information',
  website: 'Webbplats',
  addToCalendar: 'Lägg till i kalendern',
  addRangeToCalendar: 'Ladda ner händelserna som visas till kalendern (.ics)',
  calendarName: (period) => `Familjecentret: ${period}`,
  close: 'Stäng',
  eventsLabel: 'Händelser',
  ongoingHeading: 'Pågår redan',
  loading: 'Händelserna laddas…',
  loadFailed: 'Händelserna kunde inte laddas.',
  ...loadMessages.sv,
  dataIssues: (n) => `Uppgifterna om händelserna innehåller fel (${n}).`,
  dataIssuesKept: (n) => `Händelserna utan fel (${n}) visas, de felaktiga har utelämnats.`,
  dataUnusable: 'Filen är ingen förteckning över händelser, så dess händelser kan inte visas.',
  settingsIssues: 'Kalenderns inställningar innehåller fel.',
  unknownGroup: (id) => `Gruppen ”${id}” finns inte, så dess möten visas inte.`,
  unknownPlace: (id) => `Mötesplatsen ”${id}” finns inte, så dess verksamhet visas inte.`,
  invalidDate: (attribute, value) =>
    `Värdet ”${value}” för attributet ${attribute} är inget giltigt datum, så dagens datum visas.`,
  invalidView: (value) => `Vyn ”${value}” finns inte; alternativen är month, week och agenda.`,
  builtInFailed: 'De inbyggda uppgifterna kunde inte laddas.',
};

const en: CalendarWidgetMessages = {
  viewLabel: 'View',
  viewMonth: 'Month',
  viewWeek: 'Week',
  viewAgenda: 'List',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousWeek: 'Previous week',
  nextWeek: 'Next week',
  today: 'Today',
  weekAbbr: 'wk',
  weekColumn: 'Week',
  weekNumber: (n) => `week ${n}`,
  weekTitle: (n, range) => `Week ${n} (${range})`,
  eventCount: (count, n) => (count === 0 ? 'no events' : `${n} ${count === 1 ? 'event' : 'events'}`),
  moreEvents: (n) => `+${n} more`,
  allDay: 'All day',
  noEventsDay: 'No events on this day.',
  noEventsWeek: 'No events this week.',
  noEventsMonth: 'No events this month.',
  holidaysHeading: 'Public holidays and days off',
  holidayKind: { public: 'public holiday', 'day-off': 'day off' },
  example: 'Example data',
  exampleShort: 'example',
  exampleExplained: 'An invented example, not a real event.',
  examplesNote: 'Events marked as example data are invented to show what the calendar looks like: they are not real.',
  mode: 'Format',
  place: 'Place',
  group: 'Group',
  topics: 'Topics',
  moreInformation: 'More information',
  website: 'Website',
  addToCalendar: 'Add to calendar',
  addRangeToCalendar: 'Download the events shown to your calendar (.ics)',
  calendarName: (period) => `Family centre: ${period}`,
  close: 'Close',
  eventsLabel: 'Events',
  ongoingHeading: 'Already under way',
  loading: 'Loading events…',
  loadFailed: 'The events could not be loaded.',
  ...loadMessages.en,
  dataIssues: (n) => `The event data has errors (${n}).`,
  dataIssuesKept: (n) => `The events without errors (${n}) are shown; the others have been left out.`,
  dataUnusable: 'The file is not a list of events, so its events cannot be shown.',
  settingsIssues: 'The calendar’s settings have errors.',
  unknownGroup: (id) => `There is no group “${id}”, so its meetings are not shown.`,
  unknownPlace: (id) => `There is no meeting place “${id}”, so its activities are not shown.`,
  invalidDate: (attribute, value) =>
    `The value “${value}” of the ${attribute} attribute is not a valid date, so today is shown.`,
  invalidView: (value) => `There is no view “${value}”; the choices are month, week and agenda.`,
  builtInFailed: 'The built-in data could not be loaded.',
};

const catalogue: Record<WidgetLocale, CalendarWidgetMessages> = { fi, sv, en };

/** The calendar's message catalogue of a language. */
export function calendarWidgetMessages(locale: WidgetLocale): CalendarWidgetMessages {
  return catalogue[locale];
}

function utcDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/**
 * A date in full, as a screen reader should say a calendar day: `tiistai 10. maaliskuuta 2026`,
 * `tisdag 10 mars 2026`, `Tuesday 10 March 2026`.
 *
 * @example
 * formatLongDate('2026-03-10', 'fi'); // 'tiistai 10. maaliskuuta 2026'
 */
export function formatLongDate(isoDate: string, locale: WidgetLocale): string {
  const date = utcDay(isoDate);
  // Composed: Intl's Finnish pattern puts the weekday in the essive ("tiistaina 10. maaliskuuta").
  const weekday = dateFormat(locale, { weekday: 'long' }).format(date);
  return `${weekday} ${dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date)}`;
}

/**
 * A month and its year as a title: `Maaliskuu 2026`, `Mars 2026`, `March 2026`.
 *
 * @example
 * formatMonthTitle(2026, 3, 'sv'); // 'Mars 2026'
 */
export function formatMonthTitle(year: number, month: number, locale: WidgetLocale): string {
  const date = new Date(Date.UTC(2000, month - 1, 1));
  date.setUTCFullYear(year);
  return capitalize(dateFormat(locale, { month: 'long', year: 'numeric' }).format(date), locale);
}

/**
 * A weekday's short name for a column header: `ma`, `mån`, `Mon` (1 = Monday … 7 = Sunday).
 *
 * @example
 * weekdayShort(1, 'fi'); // 'ma'
 */
export function weekdayShort(weekday: number, locale: WidgetLocale): string {
  // 2024-01-01 was a Monday.
  return dateFormat(locale, { weekday: 'short' })
    .format(new Date(Date.UTC(2024, 0, weekday)))
    .replace(/\.$/, '');
}

/**
 * A day and month without the year: `10.3.` (fi, sv), `10 Mar` (en).
 *
 * @example
 * formatDayMonth('2026-03-10', 'en'); // '10 Mar'
 */
export function formatDayMonth(isoDate: string, locale: WidgetLocale): string {
  if (locale === 'en') return dateFormat(locale, { day: 'numeric', month: 'short' }).format(utcDay(isoDate));
  const [, month, day] = isoDate.split('-').map(Number);
  return `${day}.${month}.`;
}
