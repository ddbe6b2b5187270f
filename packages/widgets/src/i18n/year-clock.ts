import { monthNames } from '@perhekeskus/core';
import { type LoadMessages, loadMessages } from './common.js';
import type { WidgetLocale } from './messages.js';

/**
 * What is wrong with one field of year-clock data, in a form each language can word: `kind` says
 * what, `expected` and `received` fill in the details (a type name, a limit, allowed values).
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
    | 'invalid';
  readonly expected?: string;
  readonly received?: string;
}

/**
 * Every visible string of `<pk-year-clock>` in one language. Apart from the finder's `Messages`, so
 * that a page with the year clock alone does not load the finder's catalogue (2.8 KB gzip); the four
 * load-failure sentences are worded as the finder's. Strings that embed a value are functions;
 * numbers and dates arrive already formatted.
 */
export interface YearClockMessages extends LoadMessages {
  /** Full month names as they stand alone, January first (`tammikuu`). */
  months: readonly string[];
  /** Short month names for the clock face, January first (`tammi`). */
  monthsShort: readonly string[];
  /** A month window (`tammi–helmikuu`, `januari–februari`, `January–February`; one month: `lokakuu`). */
  monthRange: (from: number, to: number) => string;
  /** The title when neither the data nor the page names the clock. */
  defaultTitle: string;
  /** The title of the evaluation calendar of a year. */
  evaluationTitle: (year: string) => string;
  /** Accessible name of the set of entries on the clock. */
  entriesLabel: (title: string) => string;
  /** How to use the clock, shown under it. */
  hint: string;
  /** The legend of the rings (outermost first). */
  legendLabel: string;
  /** The today marker, in the legend and its tooltip. */
  today: (formattedDate: string) => string;
  /** Added to the name of an entry whose months include today. */
  current: string;
  noEntries: string;
  /** The details panel before anything is chosen. */
  detailsPrompt: string;
  showTable: string;
  hideTable: string;
  tableCaption: (title: string) => string;
  columnEntry: string;
  columnMonths: string;
  columnRing: string;
  columnTopics: string;
  /** Label of the meeting mode in the details panel. */
  mode: string;
  noTopics: string;
  loading: string;
  loadFailed: string;
  /** Heading of a data problem; `formattedCount` problems are listed under it. */
  dataIssues: (formattedCount: string) => string;
  /** Follows `dataIssues` when some rings could still be drawn. */
  dataIssuesKept: (formattedCount: string) => string;
  dataUnusable: string;
  /** `kenttä rings[0].id`: names the field of a problem. */
  field: (path: string) => string;
  /** One problem, after the field. */
  issue: (issue: YearClockIssue) => string;
}

/** Type names in zod's issues (`expected`) as each language says them; others are shown as they are. */
const TYPES: Record<WidgetLocale, Record<string, string>> = {
  fi: {
    string: 'tekstiä',
    number: 'luku',
    int: 'kokonaisluku',
    array: 'lista',
    object: 'objekti',
    boolean: 'totuusarvo',
  },
  sv: {
    string: 'text',
    number: 'ett tal',
    int: 'ett heltal',
    array: 'en lista',
    object: 'ett objekt',
    boolean: 'ett sanningsvärde',
  },
  en: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    array: 'a list',
    object: 'an object',
    boolean: 'true or false',
  },
};

const typeName = (locale: WidgetLocale, type = '') => TYPES[locale][type] ?? type;

const FI_MONTHS = monthNames.fi.map((name) => name.slice(0, -'kuu'.length));

/** Finnish. A window is written the Finnish way, the first month without `kuu`: `tammi–helmikuu`. */
const fi: YearClockMessages = {
  months: FI_MONTHS.map((stem) => `${stem}kuu`),
  monthsShort: FI_MONTHS,
  monthRange: (from, to) =>
    from === to ? `${FI_MONTHS[from - 1]}kuu` : `${FI_MONTHS[from - 1]}–${FI_MONTHS[to - 1]}kuu`,
  defaultTitle: 'Vuosikello',
  evaluationTitle: (year) => `Arvioinnin ja seurannan vuosikello ${year}`,
  entriesLabel: (title) => `${title}: merkinnät`,
  hint: 'Valitse merkintä napsauttamalla tai nuolinäppäimillä ja Enterillä, niin sen aiheet näkyvät alla.',
  legendLabel: 'Kehät ulkoa sisään',
  today: (date) => `Tänään ${date}`,
  current: 'meneillään',
  noEntries: 'Vuosikellossa ei ole merkintöjä.',
  detailsPrompt: 'Valitse merkintä, niin sen aiheet näkyvät tässä.',
  showTable: 'Näytä taulukkona',
  hideTable: 'Piilota taulukko',
  tableCaption: (title) => `${title} taulukkona`,
  columnEntry: 'Merkintä',
  columnMonths: 'Ajankohta',
  columnRing: 'Kehä',
  columnTopics: 'Aiheet',
  mode: 'Kokousmuoto',
  noTopics: 'Ei aiheita.',
  loading: 'Ladataan vuosikelloa…',
  loadFailed: 'Vuosikellon lataaminen epäonnistui.',
  ...loadMessages.fi,
  dataIssues: (n) => `Vuosikellon tiedoissa on virheitä (${n}).`,
  dataIssuesKept: (n) => `Virheettömät kehät (${n}) näytetään, virheelliset on jätetty pois.`,
  dataUnusable: 'Vuosikelloa ei voida näyttää.',
  field: (path) => `kenttä ${path}`,
  issue: ({ kind, expected, received }) => {
    switch (kind) {
      case 'missing':
        return `puuttuu (odotettiin: ${typeName('fi', expected)}).`;
      case 'type':
        return `odotettiin: ${typeName('fi', expected)}, saatiin: ${typeName('fi', received)}.`;
      case 'unknown-field':
        return `tuntematon kenttä: ${expected}.`;
      case 'too-small':
        return received === 'string' ? 'ei saa olla tyhjä.' : `pienin sallittu arvo on ${expected}.`;
      case 'too-big':
        return `suurin sallittu arvo on ${expected}.`;
      case 'value':
        return `sallitut arvot: ${expected}${received ? `; saatiin ”${received}”` : ''}.`;
      case 'id-format':
        return `tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä${received ? `; saatiin ”${received}”` : ''}.`;
      case 'duplicate-ring':
        return `tunniste ”${received}” on jo käytössä aiemmalla kehällä, joten tämä kehä ohitettiin.`;
      case 'duplicate-entry':
        return 'kehän kahdella merkinnällä on sama tunniste.';
      case 'unknown-group':
        return `ryhmää ”${received}” ei ole sisäänrakennetuissa tiedoissa.`;
      default:
        return 'virheellinen arvo.';
    }
  },
};

const SV_MONTHS = monthNames.sv;

/** Swedish, as written in Finland. */
const sv: YearClockMessages = {
  months: SV_MONTHS,
  monthsShort: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
  monthRange: (from, to) => (from === to ? SV_MONTHS[from - 1]! : `${SV_MONTHS[from - 1]}–${SV_MONTHS[to - 1]}`),
  defaultTitle: 'Årshjul',
  evaluationTitle: (year) => `Årshjulet för utvärdering och uppföljning ${year}`,
  entriesLabel: (title) => `${title}: poster`,
  hint: 'Välj en post genom att klicka eller med piltangenterna och Enter, så visas dess teman nedan.',
  legendLabel: 'Ringarna utifrån och in',
  today: (date) => `I dag ${date}`,
  current: 'pågår',
  noEntries: 'Årshjulet har inga poster.',
  detailsPrompt: 'Välj en post, så visas dess teman här.',
  showTable: 'Visa som tabell',
  hideTable: 'Dölj tabellen',
  tableCaption: (title) => `${title} som tabell`,
  columnEntry: 'Post',
  columnMonths: 'Tidpunkt',
  columnRing: 'Ring',
  columnTopics: 'Teman',
  mode: 'Mötesform',
  noTopics: 'Inga teman.',
  loading: 'Årshjulet laddas…',
  loadFailed: 'Årshjulet kunde inte laddas.',
  ...loadMessages.sv,
  dataIssues: (n) => `Uppgifterna i årshjulet innehåller fel (${n}).`,
  dataIssuesKept: (n) => `Ringarna utan fel (${n}) visas, de felaktiga har utelämnats.`,
  dataUnusable: 'Årshjulet kan inte visas.',
  field: (path) => `fältet ${path}`,
  issue: ({ kind, expected, received }) => {
    switch (kind) {
      case 'missing':
        return `saknas (förväntade ${typeName('sv', expected)}).`;
      case 'type':
        return `förväntade ${typeName('sv', expected)}, fick ${typeName('sv', received)}.`;
      case 'unknown-field':
        return `okänt fält: ${expected}.`;
      case 'too-small':
        return received === 'string' ? 'får inte vara tomt.' : `minsta tillåtna värde är ${expected}.`;
      case 'too-big':
        return `största tillåtna värde är ${expected}.`;
      case 'value':
        return `tillåtna värden: ${expected}${received ? `; fick ”${received}”` : ''}.`;
      case 'id-format':
        return `ett id får bara innehålla små bokstäver a–z, siffror och bindestreck${received ? `; fick ”${received}”` : ''}.`;
      case 'duplicate-ring':
        return `id:t ”${received}” används redan av en tidigare ring, så den här ringen hoppades över.`;
      case 'duplicate-entry':
        return 'två poster i ringen har samma id.';
      case 'unknown-group':
        return `gruppen ”${received}” finns inte i de inbyggda uppgifterna.`;
      default:
        return 'ogiltigt värde.';
    }
  },
};

const EN_MONTHS = monthNames.en;

/** English. */
const en: YearClockMessages = {
  months: EN_MONTHS,
  monthsShort: EN_MONTHS.map((name) => name.slice(0, 3)),
  monthRange: (from, to) => (from === to ? EN_MONTHS[from - 1]! : `${EN_MONTHS[from - 1]}–${EN_MONTHS[to - 1]}`),
  defaultTitle: 'Year clock',
  evaluationTitle: (year) => `Evaluation and follow-up year clock ${year}`,
  entriesLabel: (title) => `${title}: entries`,
  hint: 'Choose an entry by clicking it, or with the arrow keys and Enter, to see its topics below.',
  legendLabel: 'Rings from the outside in',
  today: (date) => `Today, ${date}`,
  current: 'under way',
  noEntries: 'The year clock has no entries.',
  detailsPrompt: 'Choose an entry to see its topics here.',
  showTable: 'Show as a table',
  hideTable: 'Hide the table',
  tableCaption: (title) => `${title} as a table`,
  columnEntry: 'Entry',
  columnMonths: 'When',
  columnRing: 'Ring',
  columnTopics: 'Topics',
  mode: 'Meeting mode',
  noTopics: 'No topics.',
  loading: 'Loading the year clock…',
  loadFailed: 'The year clock could not be loaded.',
  ...loadMessages.en,
  dataIssues: (n) => `The year clock data has errors (${n}).`,
  dataIssuesKept: (n) => `The rings without errors (${n}) are shown; the others have been left out.`,
  dataUnusable: 'The year clock cannot be shown.',
  field: (path) => `field ${path}`,
  issue: ({ kind, expected, received }) => {
    switch (kind) {
      case 'missing':
        return `is missing (expected ${typeName('en', expected)}).`;
      case 'type':
        return `expected ${typeName('en', expected)}, got ${typeName('en', received)}.`;
      case 'unknown-field':
        return `unknown field: ${expected}.`;
      case 'too-small':
        return received === 'string' ? 'must not be empty.' : `the smallest allowed value is ${expected}.`;
      case 'too-big':
        return `the largest allowed value is ${expected}.`;
      case 'value':
        return `allowed values: ${expected}${received ? `; got “${received}”` : ''}.`;
      case 'id-format':
        return `an id may hold only lower-case letters a–z, digits and hyphens${received ? `; got “${received}”` : ''}.`;
      case 'duplicate-ring':
        return `the id “${received}” is already used by an earlier ring, so this ring was skipped.`;
      case 'duplicate-entry':
        return 'two entries of the ring share an id.';
      case 'unknown-group':
        return `there is no group “${received}” in the built-in data.`;
      default:
        return 'invalid value.';
    }
  },
};

const catalogue: Record<WidgetLocale, YearClockMessages> = { fi, sv, en };

/**
 * The `<pk-year-clock>` strings of a language.
 *
 * @param locale - `fi`, `sv` or `en` (see `localeOf`)
 * @returns the catalogue
 * @example
 * yearClockMessages('fi').monthRange(1, 2); // 'tammi–helmikuu'
 */
export function yearClockMessages(locale: WidgetLocale): YearClockMessages {
  return catalogue[locale];
}
