import type { Locale } from '../model/common.js';

/** The words of the published HTML fragments, in each interface language. */
export interface FragmentLabels {
  placesHeading: string;
  meetingsHeading: string;
  /** Said in a group's section when no meeting is coming in the published years. */
  noMeetings: string;
  municipality: string;
  address: string;
  activities: string;
  audiences: string;
  languages: string;
  organisers: string;
  website: string;
  /** The marker of one invented row. */
  exampleMarker: string;
  /** The note above a fragment of invented data. */
  exampleNote: string;
  columnEntry: string;
  columnMonths: string;
  columnRing: string;
  columnTopics: string;
  /** The year clock table's caption after the clock's name. */
  asTable: string;
  mode: string;
  /** Weekdays as "on Mondays", Monday first. */
  weekdaysPlural: readonly string[];
  /** Weekdays' short names before a date, Monday first. */
  weekdaysShort: readonly string[];
  oddWeeks: string;
  evenWeeks: string;
}

/**
 * The fragments' words: headings, the names of the fields, the example markers and weekdays. The
 * widgets have their own catalogue; these are the few the fragments need without a script.
 */
export const FRAGMENT_LABELS: Readonly<Record<Locale, FragmentLabels>> = {
  fi: {
    placesHeading: 'Kohtaamispaikat',
    meetingsHeading: 'Tulevat kokoukset',
    noMeetings: 'Ei tulevia kokouksia julkaistuina vuosina.',
    municipality: 'Kunta',
    address: 'Osoite',
    activities: 'Toiminta',
    audiences: 'Kenelle',
    languages: 'Kielet',
    organisers: 'Järjestäjä',
    website: 'Verkkosivu',
    exampleMarker: 'Esimerkki',
    exampleNote: 'Esimerkkitietoja: merkityt tiedot on keksitty havainnollistamaan.',
    columnEntry: 'Jakso',
    columnMonths: 'Kuukaudet',
    columnRing: 'Kehä',
    columnTopics: 'Aiheet',
    asTable: 'taulukkona',
    mode: 'Kokousmuoto',
    weekdaysPlural: [
      'maanantaisin',
      'tiistaisin',
      'keskiviikkoisin',
      'torstaisin',
      'perjantaisin',
      'lauantaisin',
      'sunnuntaisin',
    ],
    weekdaysShort: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
    oddWeeks: 'parittomat viikot',
    evenWeeks: 'parilliset viikot',
  },
  sv: {
    placesHeading: 'Mötesplatser',
    meetingsHeading: 'Kommande möten',
    noMeetings: 'Inga kommande möten under de publicerade åren.',
    municipality: 'Kommun',
    address: 'Adress',
    activities: 'Verksamhet',
    audiences: 'För vem',
    languages: 'Språk',
    organisers: 'Arrangör',
    website: 'Webbplats',
    exampleMarker: 'Exempel',
    exampleNote: 'Exempeldata: de markerade uppgifterna är påhittade för att illustrera.',
    columnEntry: 'Period',
    columnMonths: 'Månader',
    columnRing: 'Ring',
    columnTopics: 'Ämnen',
    asTable: 'som tabell',
    mode: 'Mötesform',
    weekdaysPlural: ['måndagar', 'tisdagar', 'onsdagar', 'torsdagar', 'fredagar', 'lördagar', 'söndagar'],
    weekdaysShort: ['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'],
    oddWeeks: 'udda veckor',
    evenWeeks: 'jämna veckor',
  },
  en: {
    placesHeading: 'Meeting places',
    meetingsHeading: 'Coming meetings',
    noMeetings: 'No coming meetings in the published years.',
    municipality: 'Municipality',
    address: 'Address',
    activities: 'Activities',
    audiences: 'For',
    languages: 'Languages',
    organisers: 'Organiser',
    website: 'Website',
    exampleMarker: 'Example',
    exampleNote: 'Example data: the marked details are invented for illustration.',
    columnEntry: 'Period',
    columnMonths: 'Months',
    columnRing: 'Ring',
    columnTopics: 'Topics',
    asTable: 'as a table',
    mode: 'Format',
    weekdaysPlural: ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'],
    weekdaysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    oddWeeks: 'odd weeks',
    evenWeeks: 'even weeks',
  },
};
