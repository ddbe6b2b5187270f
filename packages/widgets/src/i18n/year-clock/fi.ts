import { monthNames } from '@perhekeskus/core';
import { fi as load } from '../common/fi.js';
import { evaluationRingLabel } from './evaluation-ring.js';
import type { YearClockMessages } from './index.js';

/** Type names in zod's issues (`expected`) in Finnish; others are shown as they are. */
const TYPES: Record<string, string> = {
  string: 'tekstiä',
  number: 'luku',
  int: 'kokonaisluku',
  array: 'lista',
  object: 'objekti',
  boolean: 'totuusarvo',
};
const type = (name = '') => TYPES[name] ?? name;

/** Month stems: a window is written the Finnish way, the first month without `kuu` (`tammi–helmikuu`). */
const STEMS = monthNames.fi.map((name) => name.slice(0, -'kuu'.length));

/** Finnish. */
export const fi: YearClockMessages = {
  ...load,
  months: monthNames.fi,
  monthsShort: STEMS,
  monthRange: (from, to) => (from === to ? `${STEMS[from - 1]}kuu` : `${STEMS[from - 1]}–${STEMS[to - 1]}kuu`),
  shortDate: (day, month) => `${day}.${month}.`,
  defaultTitle: 'Vuosikello',
  evaluationTitle: (year) => `Arvioinnin ja seurannan vuosikello ${year}`,
  evaluationRing: evaluationRingLabel.fi,
  entriesLabel: (title) => `${title}: merkinnät`,
  hint: 'Valitse merkintä napsauttamalla tai nuolinäppäimillä ja Enterillä, niin sen aiheet näkyvät alla.',
  legendShownLabel: 'Näytettävät kehät ulkoa sisään',
  legendLabel: 'Kehät ulkoa sisään',
  today: (date) => `Tänään ${date}`,
  current: 'meneillään',
  noEntries: 'Vuosikellossa ei ole merkintöjä.',
  detailsPrompt: 'Valitse merkintä, niin sen aiheet näkyvät tässä.',
  showTable: 'Näytä taulukkona',
  hideTable: 'Piilota taulukko',
  asTable: 'taulukkona',
  columnEntry: 'Merkintä',
  columnMonths: 'Ajankohta',
  columnRing: 'Kehä',
  columnTopics: 'Aiheet',
  mode: 'Kokousmuoto',
  noTopics: 'Ei aiheita.',
  loading: 'Ladataan vuosikelloa…',
  loadFailed: 'Vuosikellon lataaminen epäonnistui.',
  region: 'Alue',
  exampleData: 'esimerkkitietoa',
  dataIssues: (n) => `Vuosikellon tiedoissa on virheitä (${n}).`,
  dataIssuesKept: (n) => `Virheettömät kehät (${n}) näytetään, virheelliset on jätetty pois.`,
  dataUnusable: 'Vuosikelloa ei voida näyttää.',
  settingsHeading: 'Kaikkia asetuksia ei voitu käyttää.',
  field: (path) => `kenttä ${path}`,
  attribute: (name) => `määrite ${name}`,
  issue: ({ kind, expected, received }) => {
    const got = received ? `; saatiin ”${received}”` : '';
    switch (kind) {
      case 'missing':
        return `puuttuu (odotettiin: ${type(expected)}).`;
      case 'type':
        return `odotettiin: ${type(expected)}, saatiin: ${type(received)}.`;
      case 'unknown-field':
        return `tuntematon kenttä: ${expected}.`;
      case 'too-small':
        return received === 'string' ? 'ei saa olla tyhjä.' : `pienin sallittu arvo on ${expected}.`;
      case 'too-big':
        return `suurin sallittu arvo on ${expected}.`;
      case 'value':
        return `sallitut arvot: ${expected}${got}.`;
      case 'id-format':
        return `tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä${got}.`;
      case 'duplicate-ring':
        return `tunniste ”${received}” on jo käytössä aiemmalla kehällä, joten tämä kehä ohitettiin.`;
      case 'duplicate-entry':
        return 'kehän kahdella merkinnällä on sama tunniste.';
      case 'unknown-group':
        return `ryhmää ”${received}” ei ole julkaistuissa tiedoissa.`;
      case 'unknown-clock':
        return `vuosikelloa ”${received}” ei ole julkaistuissa tiedoissa${expected ? `; valittavissa: ${expected}` : ''}.`;
      case 'no-clock':
        return 'julkaistuissa tiedoissa ei ole vuosikelloa.';
      case 'no-evaluation':
        return 'julkaistuissa tiedoissa ei ole arviointikalenteria.';
      case 'no-plan':
        return 'julkaistuissa tiedoissa ei ole toimintasuunnitelman vuosikelloa; julkaise tiedot uudelleen perhekeskus publish -komennolla.';
      case 'year-not-published':
        return `julkaistut tiedot kattavat vain vuodet ${expected}${got}.`;
      case 'no-data':
        return 'vuosikellolle ei ole annettu tietoja; lisää src-määrite, joka osoittaa julkaistuun index.json-tiedostoon.';
      default:
        return 'virheellinen arvo.';
    }
  },
};
