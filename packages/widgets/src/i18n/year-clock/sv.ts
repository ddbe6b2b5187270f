import { monthNames } from '@perhekeskus/core';
import { sv as load } from '../common/sv.js';
import { evaluationRingLabel } from './evaluation-ring.js';
import type { YearClockMessages } from './index.js';

/** Type names in zod's issues (`expected`) in Swedish; others are shown as they are. */
const TYPES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  array: 'en lista',
  object: 'ett objekt',
  boolean: 'ett sanningsvärde',
};
const type = (name = '') => TYPES[name] ?? name;

const MONTHS = monthNames.sv;

/** Swedish, as written in Finland. */
export const sv: YearClockMessages = {
  ...load,
  months: MONTHS,
  monthsShort: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
  monthRange: (from, to) => (from === to ? MONTHS[from - 1]! : `${MONTHS[from - 1]}–${MONTHS[to - 1]}`),
  shortDate: (day, month) => `${day}/${month}`,
  defaultTitle: 'Årshjul',
  evaluationTitle: (year) => `Årshjulet för utvärdering och uppföljning ${year}`,
  evaluationRing: evaluationRingLabel.sv,
  entriesLabel: (title) => `${title}: poster`,
  hint: 'Välj en post genom att klicka eller med piltangenterna och Enter, så visas dess teman nedan.',
  legendShownLabel: 'Ringar som visas, utifrån och in',
  legendLabel: 'Ringarna utifrån och in',
  today: (date) => `I dag ${date}`,
  current: 'pågår',
  noEntries: 'Årshjulet har inga poster.',
  detailsPrompt: 'Välj en post, så visas dess teman här.',
  showTable: 'Visa som tabell',
  hideTable: 'Dölj tabellen',
  asTable: 'som tabell',
  columnEntry: 'Post',
  columnMonths: 'Tidpunkt',
  columnRing: 'Ring',
  columnTopics: 'Teman',
  mode: 'Mötesform',
  noTopics: 'Inga teman.',
  loading: 'Årshjulet laddas…',
  loadFailed: 'Årshjulet kunde inte laddas.',
  region: 'Område',
  exampleData: 'exempeldata',
  dataIssues: (n) => `Uppgifterna i årshjulet innehåller fel (${n}).`,
  dataIssuesKept: (n) => `Ringarna utan fel (${n}) visas, de felaktiga har utelämnats.`,
  dataUnusable: 'Årshjulet kan inte visas.',
  settingsHeading: 'Alla inställningar kunde inte användas.',
  field: (path) => `fältet ${path}`,
  attribute: (name) => `attributet ${name}`,
  issue: ({ kind, expected, received }) => {
    const got = received ? `; fick ”${received}”` : '';
    switch (kind) {
      case 'missing':
        return `saknas (förväntade ${type(expected)}).`;
      case 'type':
        return `förväntade ${type(expected)}, fick ${type(received)}.`;
      case 'unknown-field':
        return `okänt fält: ${expected}.`;
      case 'too-small':
        return received === 'string' ? 'får inte vara tomt.' : `minsta tillåtna värde är ${expected}.`;
      case 'too-big':
        return `största tillåtna värde är ${expected}.`;
      case 'value':
        return `tillåtna värden: ${expected}${got}.`;
      case 'id-format':
        return `ett id får bara innehålla små bokstäver a–z, siffror och bindestreck${got}.`;
      case 'duplicate-ring':
        return `id:t ”${received}” används redan av en tidigare ring, så den här ringen hoppades över.`;
      case 'duplicate-entry':
        return 'två poster i ringen har samma id.';
      case 'unknown-group':
        return `gruppen ”${received}” finns inte i de publicerade uppgifterna.`;
      case 'unknown-clock':
        return `årshjulet ”${received}” finns inte i de publicerade uppgifterna${expected ? `; du kan välja ${expected}` : ''}.`;
      case 'no-clock':
        return 'de publicerade uppgifterna innehåller inget årshjul.';
      case 'no-evaluation':
        return 'de publicerade uppgifterna innehåller ingen utvärderingskalender.';
      case 'no-plan':
        return 'de publicerade uppgifterna innehåller inget årshjul för verksamhetsplanen; publicera dem på nytt med perhekeskus publish.';
      case 'year-not-published':
        return `de publicerade uppgifterna omfattar bara åren ${expected}${got}.`;
      case 'no-data':
        return 'årshjulet har inga uppgifter; lägg till ett src-attribut som pekar på en publicerad index.json-fil.';
      default:
        return 'ogiltigt värde.';
    }
  },
};
