import type { LoadMessages } from './common.js';
/** The interface languages of the widgets. */
export type WidgetLocale = 'fi' | 'sv' | 'en';

/**
 * Every visible string of the widgets, in one language. Strings that embed a value are functions, so
 * each language can put the value where its grammar wants it; numbers arrive already formatted.
 */
export interface Messages extends LoadMessages {
  /** Accessible name of the search form. */
  formLabel: string;
  textLabel: string;
  textHint: string;
  municipalityLabel: string;
  allMunicipalities: string;
  /** Shown for a municipality code the data does not name. */
  municipalityCode: (code: string) => string;
  dayLabel: string;
  anyDay: string;
  openToday: string;
  moreFilters: string;
  /** Added to the disclosure's summary when some of its filters are on. */
  activeFilters: (formattedCount: string) => string;
  audiencesLegend: string;
  offeringsLegend: string;
  languagesLegend: string;
  accessibilityLegend: string;
  clearFilters: string;
  orderLabel: string;
  orderByName: string;
  orderByMunicipality: (municipality: string) => string;
  orderByLocation: string;
  useLocation: string;
  locating: string;
  locationDenied: string;
  locationUnavailable: string;
  locationUnsupported: string;
  locationInUse: string;
  /** The result count, as announced in the live region. */
  resultCount: (count: number, formattedCount: string) => string;
  resultsLabel: string;
  showMore: (formattedShown: string, formattedTotal: string) => string;
  noResults: string;
  loading: string;
  loadFailed: string;
  /** Heading of the data-problem message; valid places are still shown. */
  dataIssues: (formattedCount: string) => string;
  dataIssuesKept: (formattedCount: string) => string;
  dataUnusable: string;
  showExamples: string;
  example: string;
  exampleExplained: string;
  nextOpenings: string;
  noOpenings: string;
  changedHours: string;
  address: string;
  organisers: string;
  contacts: string;
  email: string;
  phone: string;
  languages: string;
  accessibility: string;
  audiences: string;
  offerings: string;
  moreInformation: string;
  addToCalendar: string;
  calendarName: (place: string) => string;
  showOnMap: string;
  operatingSince: string;
  website: string;
  /** Distance from the chosen origin, already formatted with its unit. */
  distance: (formattedKm: string) => string;
}
