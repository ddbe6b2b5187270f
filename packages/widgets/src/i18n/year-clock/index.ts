import type { Locale } from '@perhekeskus/core';
import type { LoadMessages } from '../common.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';

/**
 * What is wrong with one field of year-clock data or one attribute, in a form each language can word:
 * `kind` says what, `expected` and `received` fill in the details (a type name, a limit, allowed values).
 */
export interface YearClockIssue {
  /** Where, as a person reads it: `rings[0].entries[2].window.from`, or an attribute name (`year`). */
  readonly path: string;
  readonly kind:
    | 'missing'
    | 'type'
    | 'unknown-field'
    | 'too-small'
    | 'too-big'
    | 'value'
    | 'id-format'
    | 'duplicate-ring'
    | 'duplicate-entry'
    | 'unknown-group'
    | 'unknown-clock'
    | 'no-clock'
    | 'no-evaluation'
    | 'no-plan'
    | 'year-not-published'
    | 'no-data'
    | 'invalid';
  readonly expected?: string;
  readonly received?: string;
}

/**
 * Every visible string of `<pk-year-clock>` in one language: one interface, one file per language
 * (`fi.ts`, `sv.ts`, `en.ts`), so a page with the year clock loads the year clock's words only. The
 * load-failure sentences and "try again" are shared (`i18n/common.ts`). Strings that embed a value
 * are functions; numbers and dates arrive already formatted.
 */
export interface YearClockMessages extends LoadMessages {
  /** Full month names as they stand alone, January first (`tammikuu`). */
  months: readonly string[];
  /** Short month names for the clock face, January first (`tammi`). */
  monthsShort: readonly string[];
  /** A month window (`tammi–helmikuu`, `januari–februari`, `January–February`; one month: `lokakuu`). */
  monthRange: (from: number, to: number) => string;
  /** A day on an arc's label, short (`13.1.`, `13/1`, `13 Jan`): the month is the arc's sector. */
  shortDate: (day: number, month: number) => string;
  /** The title when neither the data nor the page names the clock. */
  defaultTitle: string;
  /** The title of the evaluation calendar of a year. */
  evaluationTitle: (year: string) => string;
  /** The label of the ring drawn from an evaluation calendar. */
  evaluationRing: string;
  /** Accessible name of the set of entries on the clock. */
  entriesLabel: (title: string) => string;
  /** How to use the clock, shown under it. */
  hint: string;
  /** The legend of the rings (outermost first). */
  legendLabel: string;
  /** The legend of several rings, each with a checkbox that shows or hides it. */
  legendShownLabel: string;
  /** The today marker, in the legend and its tooltip. */
  today: (formattedDate: string) => string;
  /** Added to the name of an entry whose months include today. */
  current: string;
  noEntries: string;
  /** The details panel before anything is chosen. */
  detailsPrompt: string;
  showTable: string;
  hideTable: string;
  /** After the clock's title in the table's caption (`… taulukkona`). */
  asTable: string;
  columnEntry: string;
  columnMonths: string;
  columnRing: string;
  columnTopics: string;
  /** Label of the meeting mode in the details panel. */
  mode: string;
  noTopics: string;
  loading: string;
  loadFailed: string;
  /** Before the name of the region the data comes from, in the status line. */
  region: string;
  /** After the region's name when the published data is invented example data. */
  exampleData: string;
  /** Heading of a data problem; `formattedCount` problems are listed under it. */
  dataIssues: (formattedCount: string) => string;
  /** Follows `dataIssues` when some rings could still be drawn. */
  dataIssuesKept: (formattedCount: string) => string;
  dataUnusable: string;
  /** Heading of the attributes that could not be used. */
  settingsHeading: string;
  /** `kenttä rings[0].id`: names the field of a problem. */
  field: (path: string) => string;
  /** `määrite year`: names the attribute of a problem with a setting. */
  attribute: (name: string) => string;
  /** One problem, after the field or attribute. */
  issue: (issue: YearClockIssue) => string;
}

const catalogue: Record<Locale, YearClockMessages> = { fi, sv, en };

/**
 * The `<pk-year-clock>` strings of a language.
 *
 * @param locale - `fi`, `sv` or `en` (see `localeFromLang`)
 * @returns the catalogue
 * @example
 * messages('fi').monthRange(1, 2); // 'tammi–helmikuu'
 */
export function messages(locale: Locale): YearClockMessages {
  return catalogue[locale];
}

/** {@link messages} under the name `@perhekeskus/widgets` has exported since the year clock came. */
export const yearClockMessages = messages;
