import { monthNames } from '@perhekeskus/core';
import { en as load } from '../common/en.js';
import { evaluationRingLabel } from './evaluation-ring.js';
import type { YearClockMessages } from './index.js';

/** Type names in zod's issues (`expected`) in English; others are shown as they are. */
const TYPES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};
const type = (name = '') => TYPES[name] ?? name;

const MONTHS = monthNames.en;

/** English. */
export const en: YearClockMessages = {
  ...load,
  months: MONTHS,
  monthsShort: MONTHS.map((name) => name.slice(0, 3)),
  monthRange: (from, to) => (from === to ? MONTHS[from - 1]! : `${MONTHS[from - 1]}–${MONTHS[to - 1]}`),
  shortDate: (day, month) => `${day} ${MONTHS[month - 1]!.slice(0, 3)}`,
  defaultTitle: 'Year clock',
  evaluationTitle: (year) => `Evaluation and follow-up year clock ${year}`,
  evaluationRing: evaluationRingLabel.en,
  entriesLabel: (title) => `${title}: entries`,
  hint: 'Choose an entry by clicking it, or with the arrow keys and Enter, to see its topics below.',
  legendShownLabel: 'Rings shown, from the outside in',
  legendLabel: 'Rings from the outside in',
  today: (date) => `Today, ${date}`,
  current: 'under way',
  noEntries: 'The year clock has no entries.',
  detailsPrompt: 'Choose an entry to see its topics here.',
  showTable: 'Show as a table',
  hideTable: 'Hide the table',
  asTable: 'as a table',
  columnEntry: 'Entry',
  columnMonths: 'When',
  columnRing: 'Ring',
  columnTopics: 'Topics',
  mode: 'Meeting mode',
  noTopics: 'No topics.',
  loading: 'Loading the year clock…',
  loadFailed: 'The year clock could not be loaded.',
  region: 'Region',
  exampleData: 'example data',
  dataIssues: (n) => `The year clock data has errors (${n}).`,
  dataIssuesKept: (n) => `The rings without errors (${n}) are shown; the others have been left out.`,
  dataUnusable: 'The year clock cannot be shown.',
  settingsHeading: 'Some settings could not be used.',
  field: (path) => `field ${path}`,
  attribute: (name) => `attribute ${name}`,
  issue: ({ kind, expected, received }) => {
    const got = received ? `; got “${received}”` : '';
    switch (kind) {
      case 'missing':
        return `is missing (expected ${type(expected)}).`;
      case 'type':
        return `expected ${type(expected)}, got ${type(received)}.`;
      case 'unknown-field':
        return `unknown field: ${expected}.`;
      case 'too-small':
        return received === 'string' ? 'must not be empty.' : `the smallest allowed value is ${expected}.`;
      case 'too-big':
        return `the largest allowed value is ${expected}.`;
      case 'value':
        return `allowed values: ${expected}${got}.`;
      case 'id-format':
        return `an id may hold only lower-case letters a–z, digits and hyphens${got}.`;
      case 'duplicate-ring':
        return `the id “${received}” is already used by an earlier ring, so this ring was skipped.`;
      case 'duplicate-entry':
        return 'two entries of the ring share an id.';
      case 'unknown-group':
        return `there is no group “${received}” in the published data.`;
      case 'unknown-clock':
        return `there is no year clock “${received}” in the published data${expected ? `; the choices are ${expected}` : ''}.`;
      case 'no-clock':
        return 'the published data has no year clock.';
      case 'no-evaluation':
        return 'the published data has no evaluation calendar.';
      case 'no-plan':
        return 'the published data has no action plan year clock; publish it again with perhekeskus publish.';
      case 'year-not-published':
        return `the published data covers only the years ${expected}${got}.`;
      case 'no-data':
        return 'the year clock has no data; add a src attribute pointing at a published index.json file.';
      default:
        return 'invalid value.';
    }
  },
};
