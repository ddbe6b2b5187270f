import type { Locale } from '@perhekeskus/core';
import type { LoadMessages } from '../common.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';

/**
 * Every visible string of `<pk-meeting-place-finder>`, in one language. Strings that embed a value are
 * functions, so each language can put the value where its grammar wants it; numbers arrive already
 * formatted. The shared loading strings (`retry`, `loadFailedHttp`…) come from `i18n/common.ts`.
 */
export interface FinderMessages extends LoadMessages {
  /** Accessible name of the search form. */
  formLabel: string;
  textLabel: string;
  textHint: string;
  /** The one control that unfolds the filters on a narrow widget. */
  filtersButton: string;
  municipalityLabel: string;
  allMunicipalities: string;
  /** Shown for a municipality code the data does not name. */
  municipalityCode: (code: string) => string;
  dayLabel: string;
  anyDay: string;
  openToday: string;
  moreFilters: string;
  /** Added to a control's name when some of the filters it holds are on. */
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
  /** Before the region's name in the status line. */
  regionLabel: string;
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
  /** A published folder whose `index.json` is not a manifest this version reads. */
  manifestUnusable: string;
  /** A published folder that lists no places file. */
  noPlacesFile: string;
  /** A municipality or organiser row of a published `places.json` that was left out. */
  invalidRow: (path: string) => string;
  settingsHeading: string;
  /** Neither `src` nor `places`, and no built-in data in this build. */
  noSource: string;
  /** The one line above the list when some places are invented examples. */
  someExamples: string;
  /** …when every place is one. */
  allExamples: string;
  showExamples: string;
  /** The quiet marker in an example row. */
  exampleMarker: string;
  /** Before the next opening in a row. */
  nextOpening: string;
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
  /** The `.ics` link; `weeks` is how many weeks of openings the file holds. */
  addToCalendar: (weeks: string) => string;
  calendarName: (place: string) => string;
  showOnMap: string;
  operatingSince: string;
  website: string;
  /** Distance from the chosen origin, already formatted with its unit. */
  distance: (formattedKm: string) => string;
}

const catalogue: Record<Locale, FinderMessages> = { fi, sv, en };

/**
 * The finder's words in a language.
 *
 * @param locale - `fi`, `sv` or `en`
 * @returns the catalogue (shared, do not change it)
 * @example
 * messages('sv').municipalityLabel; // 'Kommun'
 */
export function messages(locale: Locale): FinderMessages {
  return catalogue[locale];
}
