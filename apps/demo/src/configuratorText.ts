/**
 * Every text of the embed configurator (upotus/, sv/upotus/, en/upotus/), in one catalogue: the
 * page's static text (rendered at build time by build/configuratorPage.ts) and what the page script
 * (configurator.ts) writes. One interface, one object per language, one accessor. Problems with the
 * data are translated by their code, never by an English message. In the static texts, backticks
 * mark code: `index.json` becomes `<code>index.json</code>`.
 */
import { PUBLISH_FORMAT_VERSION } from '@perhekeskus/core';
import type { ColourProperty, DataProblem, PairUse, WidgetKind } from './embedConfig.js';

/** The languages of the configurator page. */
export type ConfiguratorLang = 'fi' | 'sv' | 'en';

/** How many of each thing a county's data offers. */
export interface CountyCounts {
  readonly municipalities: number;
  readonly groups: number;
  readonly yearClocks: number;
}

/** Why the snippet is not offered yet. */
export type BlockReason = 'contrast' | 'script-url' | 'data' | 'groups' | 'clock';

/** A message for each data problem, by its code. */
export type ProblemTexts = {
  readonly [C in DataProblem['code']]: (problem: Extract<DataProblem, { code: C }>) => string;
};

/** The configurator's texts in one language. */
export interface ConfiguratorText {
  /** The page's `<title>`. */
  readonly title: string;
  /** The page's meta description. */
  readonly description: string;
  readonly heading: string;
  readonly lead: string;
  /** The paragraphs under the lead (backticks mark code). */
  readonly intro: readonly string[];
  readonly noscript: string;
  readonly formHeading: string;

  readonly dataLegend: string;
  readonly dataUrlLabel: string;
  /** Backticks mark code. */
  readonly dataUrlHint: string;
  readonly loadData: string;
  readonly loading: (url: string) => string;
  /** Before the county's name in the status line: "Tiedot haettu:". */
  readonly loaded: string;
  readonly counts: (counts: CountyCounts) => string;
  readonly exampleData: string;
  readonly problems: ProblemTexts;
  /** After the problem with `places.json`: what still works. */
  readonly placesProblem: string;

  readonly widgetLegend: string;
  readonly widgets: Readonly<Record<WidgetKind, string>>;

  readonly contentLegend: string;
  readonly municipalityLabel: string;
  readonly municipalityHint: string;
  readonly noMunicipalities: string;
  readonly wholeCounty: (county: string) => string;
  readonly groupsLegend: string;
  readonly groupsHint: string;
  readonly noGroups: string;
  readonly chooseGroup: string;
  readonly yearClockLabel: string;
  readonly noYearClocks: string;
  readonly langLabel: string;
  readonly langHint: string;
  /** The widget languages; `''` writes no `lang`, so the widget follows the page it is on. */
  readonly langs: Readonly<Record<'' | ConfiguratorLang, string>>;

  readonly coloursLegend: string;
  readonly moreColours: string;
  readonly resetColours: string;
  readonly colourNames: Readonly<Record<ColourProperty, string>>;
  readonly pairUses: Readonly<Record<PairUse, string>>;

  readonly serverLegend: string;
  readonly scriptUrlLabel: string;
  /** Backticks mark code. */
  readonly scriptUrlHint: string;
  readonly scriptUrlError: string;

  readonly contrastHeading: string;
  readonly allPairs: string;
  readonly tableCaption: string;
  readonly columnPair: string;
  readonly columnRatio: string;
  readonly columnResult: string;
  readonly passes: string;
  readonly fails: string;
  readonly notAdjustable: string;
  readonly pairFailure: (foreground: string, background: string, ratio: string, min: string, use: string) => string;
  readonly contrastFailures: (count: number) => string;
  readonly contrastOk: (count: number) => string;

  readonly snippetHeading: string;
  readonly snippetBlocked: string;
  readonly blockReasons: Readonly<Record<BlockReason, string>>;
  /** Backticks mark code. */
  readonly snippetHelp: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;

  readonly previewHeading: string;
  readonly previewEmpty: string;
}

const fi: ConfiguratorText = {
  title: 'Upota sivullesi – Etelä-Savon perhekeskus (esimerkkisivusto)',
  description:
    'Esimerkkisivusto: valitse kohtaamispaikkahaku, kalenteri tai vuosikello, maakuntasi julkaistut tiedot, kunta tai ryhmät, kieli ja värit ja kopioi upotuskoodi omalle sivullesi.',
  heading: 'Upota perhekeskuksen työkalut omalle sivullesi',
  lead: 'Anna maakuntasi julkaistujen tietojen osoite ja valitse työkalu, kunta tai ryhmät, kieli ja värit. Esikatselu päivittyy heti, ja saat koodin, jonka voit liittää sivustosi julkaisujärjestelmän HTML-lohkoon.',
  intro: [
    'Kaikki työkalut tulevat yhdestä tiedostosta, `perhekeskus.js`. Kopioi kansio `embed/` kokonaisuudessaan omalle palvelimellesi, jolloin sivusi ei lataa mitään kolmansilta osapuolilta. Sama script-rivi riittää, vaikka sivulla olisi useita työkaluja.',
    'Työkalut lukevat maakunnan tiedot kansiosta, jonka komento `perhekeskus publish` kirjoittaa: `index.json` ja sen luettelemat tiedostot. Julkaise kansio samalle palvelimelle kuin sivusi.',
  ],
  noscript: 'Upotuksen työkalu tarvitsee JavaScriptin.',
  formHeading: 'Valinnat',

  dataLegend: 'Tiedot',
  dataUrlLabel: 'Julkaistujen tietojen osoite (index.json)',
  dataUrlHint:
    'Komennon `perhekeskus publish` kirjoittaman kansion `index.json`. Tämä sivu saa hakea tietoja vain omalta palvelimeltaan, koska sen sisällön suojauskäytäntö (CSP) ei salli yhteyksiä muihin osoitteisiin. Esimerkkisivuston omat tiedot ovat osoitteessa `/data/etela-savo/index.json`.',
  loadData: 'Hae tiedot',
  loading: (url) => `Haetaan tietoja osoitteesta ${url}…`,
  loaded: 'Tiedot haettu:',
  counts: (c) =>
    `${c.municipalities} ${c.municipalities === 1 ? 'kunta' : 'kuntaa'}, ${c.groups} ${c.groups === 1 ? 'ryhmä' : 'ryhmää'}, ` +
    `${c.yearClocks} ${c.yearClocks === 1 ? 'vuosikello' : 'vuosikelloa'}.`,
  exampleData: 'Tiedot ovat keksittyä esimerkkiä.',
  problems: {
    empty: () => 'Anna julkaistujen tietojen osoite, esimerkiksi /data/etela-savo/index.json.',
    'invalid-url': (p) => `”${p.input}” ei ole verkko-osoite. Anna osoite, joka alkaa https:// tai /.`,
    'other-origin': (p) =>
      `Osoite on toisella palvelimella (${p.origin}). Tämä sivu saa hakea tietoja vain omalta palvelimeltaan, ` +
      'koska sen sisällön suojauskäytäntö (CSP) ei salli yhteyksiä muihin osoitteisiin. Julkaise tiedot samalle palvelimelle kuin sivu.',
    unreachable: (p) => `Osoitteeseen ${p.url} ei saatu yhteyttä. Tarkista osoite ja verkkoyhteys.`,
    'not-found': (p) =>
      `Osoitteesta ${p.url} ei löytynyt tiedostoa (404). Tarkista osoite: kansiossa pitää olla komennon perhekeskus publish kirjoittama index.json.`,
    'http-status': (p) => `Palvelin vastasi osoitteeseen ${p.url} virheellä ${p.status}.`,
    'not-json': (p) =>
      `Osoitteen ${p.url} sisältö ei ole JSON-tiedosto. Anna julkaistun kansion index.json-tiedoston osoite.`,
    'not-manifest': (p) =>
      `Osoitteen ${p.url} JSON-tiedosto ei ole julkaistun kansion luettelo (index.json, jonka format on ”perhekeskus-published”).`,
    'unknown-version': (p) =>
      `Osoitteen ${p.url} luettelo on muodon versiota ${p.version}; tämä työkalu tuntee vain version ${PUBLISH_FORMAT_VERSION}. ` +
      'Julkaise tiedot uudelleen tämän version perhekeskus-komennolla.',
    'invalid-manifest': (p) =>
      `Osoitteen ${p.url} luettelossa on virhe kohdassa ${p.path}. Julkaise kansio uudelleen komennolla perhekeskus publish.`,
    'invalid-places': (p) => `Paikkatiedostossa ${p.url} on virhe kohdassa ${p.path}.`,
  },
  placesProblem: 'Kuntia ei voi valita; ryhmät ja vuosikellot ovat käytettävissä.',

  widgetLegend: 'Työkalu',
  widgets: { finder: 'Kohtaamispaikkahaku', calendar: 'Kalenteri', 'year-clock': 'Vuosikello' },

  contentLegend: 'Sisältö ja kieli',
  municipalityLabel: 'Kunta',
  municipalityHint: 'Haku näyttää valmiiksi kunnan kohtaamispaikat.',
  noMunicipalities: 'Tiedoissa ei ole kohtaamispaikkoja.',
  wholeCounty: (county) => `Koko ${county}`,
  groupsLegend: 'Kalenterin ryhmät',
  groupsHint: 'Kalenteri näyttää valittujen ryhmien kokoukset.',
  noGroups: 'Tiedoissa ei ole ryhmien kalentereita.',
  chooseGroup: 'Valitse vähintään yksi ryhmä.',
  yearClockLabel: 'Näytettävä vuosikello',
  noYearClocks: 'Tiedoissa ei ole vuosikelloja.',
  langLabel: 'Kieli',
  langHint: 'Sivun kieli: työkalu seuraa sen sivun kieltä, jolle se upotetaan (html lang).',
  langs: { '': 'Sivun kieli', fi: 'suomi', sv: 'ruotsi (svenska)', en: 'englanti (English)' },

  coloursLegend: 'Värit',
  moreColours: 'Lisää värejä',
  resetColours: 'Palauta oletusvärit',
  colourNames: {
    '--pk-accent': 'Korostusväri',
    '--pk-text': 'Tekstin väri',
    '--pk-surface': 'Taustaväri',
    '--pk-accent-text': 'Teksti korostusvärin päällä',
    '--pk-muted-text': 'Toissijainen teksti',
    '--pk-surface-alt': 'Toissijainen tausta',
    '--pk-border': 'Reunaviivat',
    '--pk-focus': 'Kohdistuksen kehys',
    '--pk-holiday-text': 'Pyhäpäivien teksti',
    '--pk-today': 'Tämän päivän merkki',
    '--pk-ring-1': 'Vuosikellon 1. kehä',
    '--pk-ring-2': 'Vuosikellon 2. kehä',
    '--pk-ring-3': 'Vuosikellon 3. kehä',
    '--pk-ring-4': 'Vuosikellon 4. kehä',
    '--pk-ring-5': 'Vuosikellon 5. kehä',
    '--pk-ring-6': 'Vuosikellon 6. kehä',
  },
  pairUses: {
    'body-text': 'leipäteksti',
    'form-text': 'lomakkeen ja ilmoitusten teksti',
    hints: 'ohjetekstit',
    'form-hints': 'ohjetekstit lomakkeella',
    links: 'linkit ja reunalliset painikkeet',
    'form-links': 'linkit lomakkeella',
    'button-text': 'täytettyjen painikkeiden teksti',
    borders: 'kenttien ja korttien reunat',
    focus: 'näppäimistön kohdistuksen kehys',
    'form-focus': 'kohdistuksen kehys lomakkeella',
    holidays: 'pyhäpäivien nimet',
    today: 'tämän päivän viiva',
    rings: 'vuosikellon kaaret',
  },

  serverLegend: 'Oma palvelin',
  scriptUrlLabel: 'Tiedoston perhekeskus.js osoite',
  scriptUrlHint: 'Osoite, johon kopioit kansion `embed/` omalla palvelimellasi.',
  scriptUrlError: 'Anna koko osoite, joka alkaa https://',

  contrastHeading: 'Värikontrastit',
  allPairs: 'Kaikki tarkistetut väriparit',
  tableCaption:
    'Väriparit, joita valittu työkalu käyttää, ja WCAG 2.1 AA:n vähimmäiskontrasti: teksti 4,5:1; reunat, kohdistus ja grafiikka 3:1.',
  columnPair: 'Väripari ja käyttö',
  columnRatio: 'Kontrasti (vähintään)',
  columnResult: 'Tulos',
  passes: 'riittää',
  fails: 'ei riitä',
  notAdjustable: 'ei muutettavissa tässä',
  pairFailure: (fg, bg, ratio, min, use) => `${fg} taustalla ${bg}: ${ratio}, vaaditaan vähintään ${min} (${use}).`,
  contrastFailures: (n) =>
    `Värikontrasti ei riitä (WCAG 2.1 AA) ${n} väriparissa. Upotuskoodia ei tarjota ennen kuin värit korjataan:`,
  contrastOk: (n) => `Kaikki ${n} tarkistettua väriparia täyttävät WCAG 2.1 AA -vaatimukset.`,

  snippetHeading: 'Upotuskoodi',
  snippetBlocked: 'Upotuskoodi näytetään, kun',
  blockReasons: {
    contrast: 'värikontrastit riittävät',
    'script-url': 'tiedoston perhekeskus.js osoite on kunnossa',
    data: 'tiedot on haettu kentän osoitteesta',
    groups: 'kalenterille on valittu vähintään yksi ryhmä',
    clock: 'tiedoissa on vuosikello',
  },
  snippetHelp:
    'Liitä koodi sivusi HTML-lohkoon. Jos sivustollasi on sisällön suojauskäytäntö (CSP), joka ei salli sivun sisäisiä tyylejä, siirrä `<style>`-osan sääntö sivustosi CSS-tiedostoon.',
  copy: 'Kopioi upotuskoodi',
  copied: 'Upotuskoodi kopioitu leikepöydälle.',
  copyFailed: 'Kopiointi ei onnistunut. Koodi on valittuna: kopioi se näppäimillä Ctrl+C (Macissa Cmd+C).',

  previewHeading: 'Esikatselu',
  previewEmpty: 'Esikatselu näytetään, kun tiedot on haettu.',
};

const sv: ConfiguratorText = {
  title: 'Bädda in på din sida – Familjecentralen i Södra Savolax (exempelwebbplats)',
  description:
    'Exempelwebbplats: välj sökningen av mötesplatser, kalendern eller årsklockan, ditt landskaps publicerade uppgifter, kommun eller grupper, språk och färger och kopiera inbäddningskoden till din egen sida.',
  heading: 'Bädda in familjecentralens verktyg på din egen sida',
  lead: 'Ange adressen till ditt landskaps publicerade uppgifter och välj verktyg, kommun eller grupper, språk och färger. Förhandsvisningen uppdateras genast, och du får koden som du kan klistra in i ett HTML-block i webbplatsens publiceringssystem.',
  intro: [
    'Alla verktyg kommer från en enda fil, `perhekeskus.js`. Kopiera hela mappen `embed/` till din egen server, så laddar din sida ingenting från tredje parter. Samma script-rad räcker även om sidan har flera verktyg.',
    'Verktygen läser landskapets uppgifter från mappen som kommandot `perhekeskus publish` skriver: `index.json` och filerna som den listar. Publicera mappen på samma server som din sida.',
  ],
  noscript: 'Inbäddningsverktyget behöver JavaScript.',
  formHeading: 'Val',

  dataLegend: 'Uppgifter',
  dataUrlLabel: 'Adress till de publicerade uppgifterna (index.json)',
  dataUrlHint:
    'Filen `index.json` i mappen som kommandot `perhekeskus publish` skriver. Den här sidan får hämta uppgifter bara från sin egen server, eftersom dess innehållssäkerhetspolicy (CSP) inte tillåter anslutningar till andra adresser. Exempelwebbplatsens egna uppgifter finns på `/data/etela-savo/index.json`.',
  loadData: 'Hämta uppgifterna',
  loading: (url) => `Hämtar uppgifter från ${url}…`,
  loaded: 'Uppgifterna hämtade:',
  counts: (c) =>
    `${c.municipalities} ${c.municipalities === 1 ? 'kommun' : 'kommuner'}, ${c.groups} ${c.groups === 1 ? 'grupp' : 'grupper'}, ` +
    `${c.yearClocks} ${c.yearClocks === 1 ? 'årsklocka' : 'årsklockor'}.`,
  exampleData: 'Uppgifterna är påhittade exempel.',
  problems: {
    empty: () => 'Ange adressen till de publicerade uppgifterna, till exempel /data/etela-savo/index.json.',
    'invalid-url': (p) => `”${p.input}” är ingen webbadress. Ange en adress som börjar med https:// eller /.`,
    'other-origin': (p) =>
      `Adressen finns på en annan server (${p.origin}). Den här sidan får hämta uppgifter bara från sin egen server, ` +
      'eftersom dess innehållssäkerhetspolicy (CSP) inte tillåter anslutningar till andra adresser. Publicera uppgifterna på samma server som sidan.',
    unreachable: (p) => `Ingen förbindelse med ${p.url}. Kontrollera adressen och nätverksförbindelsen.`,
    'not-found': (p) =>
      `Ingen fil hittades på ${p.url} (404). Kontrollera adressen: mappen ska innehålla den index.json som kommandot perhekeskus publish skriver.`,
    'http-status': (p) => `Servern svarade med felet ${p.status} på ${p.url}.`,
    'not-json': (p) => `Innehållet på ${p.url} är ingen JSON-fil. Ange adressen till index.json i en publicerad mapp.`,
    'not-manifest': (p) =>
      `JSON-filen på ${p.url} är ingen förteckning över en publicerad mapp (index.json med formatet ”perhekeskus-published”).`,
    'unknown-version': (p) =>
      `Förteckningen på ${p.url} har formatversion ${p.version}; det här verktyget känner bara till version ${PUBLISH_FORMAT_VERSION}. ` +
      'Publicera uppgifterna på nytt med den här versionen av perhekeskus.',
    'invalid-manifest': (p) =>
      `Förteckningen på ${p.url} har ett fel vid ${p.path}. Publicera mappen på nytt med kommandot perhekeskus publish.`,
    'invalid-places': (p) => `Platsfilen ${p.url} har ett fel vid ${p.path}.`,
  },
  placesProblem: 'Kommunerna kan inte väljas; grupperna och årsklockorna kan användas.',

  widgetLegend: 'Verktyg',
  widgets: { finder: 'Sökning av mötesplatser', calendar: 'Kalender', 'year-clock': 'Årsklocka' },

  contentLegend: 'Innehåll och språk',
  municipalityLabel: 'Kommun',
  municipalityHint: 'Sökningen visar kommunens mötesplatser från början.',
  noMunicipalities: 'Uppgifterna har inga mötesplatser.',
  wholeCounty: (county) => `Hela ${county}`,
  groupsLegend: 'Grupper i kalendern',
  groupsHint: 'Kalendern visar de valda gruppernas möten.',
  noGroups: 'Uppgifterna har inga gruppkalendrar.',
  chooseGroup: 'Välj minst en grupp.',
  yearClockLabel: 'Årsklocka som visas',
  noYearClocks: 'Uppgifterna har inga årsklockor.',
  langLabel: 'Språk',
  langHint: 'Sidans språk: verktyget följer språket på sidan där det bäddas in (html lang).',
  langs: { '': 'Sidans språk', fi: 'finska (suomi)', sv: 'svenska', en: 'engelska (English)' },

  coloursLegend: 'Färger',
  moreColours: 'Fler färger',
  resetColours: 'Återställ standardfärgerna',
  colourNames: {
    '--pk-accent': 'Accentfärg',
    '--pk-text': 'Textfärg',
    '--pk-surface': 'Bakgrundsfärg',
    '--pk-accent-text': 'Text på accentfärgen',
    '--pk-muted-text': 'Sekundär text',
    '--pk-surface-alt': 'Sekundär bakgrund',
    '--pk-border': 'Kantlinjer',
    '--pk-focus': 'Fokusram',
    '--pk-holiday-text': 'Helgdagarnas text',
    '--pk-today': 'Markering för i dag',
    '--pk-ring-1': 'Årsklockans ring 1',
    '--pk-ring-2': 'Årsklockans ring 2',
    '--pk-ring-3': 'Årsklockans ring 3',
    '--pk-ring-4': 'Årsklockans ring 4',
    '--pk-ring-5': 'Årsklockans ring 5',
    '--pk-ring-6': 'Årsklockans ring 6',
  },
  pairUses: {
    'body-text': 'brödtext',
    'form-text': 'text i formulär och meddelanden',
    hints: 'hjälptexter',
    'form-hints': 'hjälptexter i formuläret',
    links: 'länkar och knappar med kant',
    'form-links': 'länkar i formuläret',
    'button-text': 'text på fyllda knappar',
    borders: 'kanter på fält och kort',
    focus: 'tangentbordets fokusram',
    'form-focus': 'fokusram i formuläret',
    holidays: 'helgdagarnas namn',
    today: 'linjen för i dag',
    rings: 'årsklockans bågar',
  },

  serverLegend: 'Egen server',
  scriptUrlLabel: 'Adress till filen perhekeskus.js',
  scriptUrlHint: 'Adressen dit du kopierar mappen `embed/` på din egen server.',
  scriptUrlError: 'Ange hela adressen, som börjar med https://',

  contrastHeading: 'Färgkontraster',
  allPairs: 'Alla kontrollerade färgpar',
  tableCaption:
    'Färgpar som det valda verktyget använder och minimikontrasten enligt WCAG 2.1 AA: text 4,5:1; kanter, fokus och grafik 3:1.',
  columnPair: 'Färgpar och användning',
  columnRatio: 'Kontrast (minst)',
  columnResult: 'Resultat',
  passes: 'räcker',
  fails: 'räcker inte',
  notAdjustable: 'kan inte ändras här',
  pairFailure: (fg, bg, ratio, min, use) => `${fg} på bakgrunden ${bg}: ${ratio}, minst ${min} krävs (${use}).`,
  contrastFailures: (n) =>
    `Färgkontrasten räcker inte (WCAG 2.1 AA) i ${n} färgpar. Inbäddningskoden visas inte förrän färgerna är rättade:`,
  contrastOk: (n) => `Alla ${n} kontrollerade färgpar uppfyller kraven i WCAG 2.1 AA.`,

  snippetHeading: 'Inbäddningskod',
  snippetBlocked: 'Inbäddningskoden visas när',
  blockReasons: {
    contrast: 'färgkontrasterna räcker',
    'script-url': 'adressen till filen perhekeskus.js är i ordning',
    data: 'uppgifterna har hämtats från adressen i fältet',
    groups: 'minst en grupp har valts för kalendern',
    clock: 'uppgifterna har en årsklocka',
  },
  snippetHelp:
    'Klistra in koden i ett HTML-block på din sida. Om din webbplats har en innehållssäkerhetspolicy (CSP) som inte tillåter stilar på sidan, flytta regeln i `<style>`-delen till webbplatsens CSS-fil.',
  copy: 'Kopiera inbäddningskoden',
  copied: 'Inbäddningskoden har kopierats till urklipp.',
  copyFailed: 'Kopieringen lyckades inte. Koden är markerad: kopiera den med Ctrl+C (på Mac Cmd+C).',

  previewHeading: 'Förhandsvisning',
  previewEmpty: 'Förhandsvisningen visas när uppgifterna har hämtats.',
};

const en: ConfiguratorText = {
  title: 'Embed on your site – Etelä-Savo family centre (example site)',
  description:
    "Example site: choose the meeting-place finder, the calendar or the year clock, your county's published data, a municipality or groups, a language and colours, and copy the embed code to your own site.",
  heading: 'Embed the family-centre tools on your own site',
  lead: "Give the address of your county's published data and choose a tool, a municipality or groups, a language and colours. The preview updates at once, and you get the code to paste into an HTML block of your site's content management system.",
  intro: [
    'All the tools come from one file, `perhekeskus.js`. Copy the whole `embed/` folder to your own server, so that your page loads nothing from third parties. The same script line is enough however many tools the page has.',
    "The tools read the county's data from the folder that the command `perhekeskus publish` writes: `index.json` and the files it lists. Publish the folder on the same server as your page.",
  ],
  noscript: 'The embed configurator needs JavaScript.',
  formHeading: 'Choices',

  dataLegend: 'Data',
  dataUrlLabel: 'Address of the published data (index.json)',
  dataUrlHint:
    "The `index.json` of the folder that `perhekeskus publish` writes. This page may fetch data only from its own server, because its Content-Security-Policy (CSP) allows connections to no other address. The example site's own data is at `/data/etela-savo/index.json`.",
  loadData: 'Load the data',
  loading: (url) => `Loading the data from ${url}…`,
  loaded: 'Data loaded:',
  counts: (c) =>
    `${c.municipalities} ${c.municipalities === 1 ? 'municipality' : 'municipalities'}, ${c.groups} ${c.groups === 1 ? 'group' : 'groups'}, ` +
    `${c.yearClocks} ${c.yearClocks === 1 ? 'year clock' : 'year clocks'}.`,
  exampleData: 'The data is invented example data.',
  problems: {
    empty: () => 'Give the address of the published data, for example /data/etela-savo/index.json.',
    'invalid-url': (p) => `“${p.input}” is not a web address. Give an address that starts with https:// or /.`,
    'other-origin': (p) =>
      `The address is on another server (${p.origin}). This page may fetch data only from its own server, ` +
      'because its Content-Security-Policy (CSP) allows connections to no other address. Publish the data on the same server as the page.',
    unreachable: (p) => `Could not connect to ${p.url}. Check the address and the network connection.`,
    'not-found': (p) =>
      `No file was found at ${p.url} (404). Check the address: the folder must hold the index.json that perhekeskus publish writes.`,
    'http-status': (p) => `The server answered ${p.url} with error ${p.status}.`,
    'not-json': (p) => `What ${p.url} holds is not a JSON file. Give the address of a published folder's index.json.`,
    'not-manifest': (p) =>
      `The JSON file at ${p.url} is not the list of a published folder (an index.json whose format is “perhekeskus-published”).`,
    'unknown-version': (p) =>
      `The list at ${p.url} is in version ${p.version} of the format; this tool knows only version ${PUBLISH_FORMAT_VERSION}. ` +
      'Publish the data again with this version of perhekeskus.',
    'invalid-manifest': (p) =>
      `The list at ${p.url} has an error at ${p.path}. Publish the folder again with perhekeskus publish.`,
    'invalid-places': (p) => `The places file ${p.url} has an error at ${p.path}.`,
  },
  placesProblem: 'The municipalities cannot be chosen; the groups and year clocks can.',

  widgetLegend: 'Tool',
  widgets: { finder: 'Meeting-place finder', calendar: 'Calendar', 'year-clock': 'Year clock' },

  contentLegend: 'Content and language',
  municipalityLabel: 'Municipality',
  municipalityHint: "The finder opens with the municipality's meeting places.",
  noMunicipalities: 'The data has no meeting places.',
  wholeCounty: (county) => `All of ${county}`,
  groupsLegend: 'Groups in the calendar',
  groupsHint: "The calendar shows the chosen groups' meetings.",
  noGroups: 'The data has no group calendars.',
  chooseGroup: 'Choose at least one group.',
  yearClockLabel: 'Year clock to show',
  noYearClocks: 'The data has no year clocks.',
  langLabel: 'Language',
  langHint: "The page's language: the tool follows the language of the page it is embedded in (html lang).",
  langs: { '': "The page's language", fi: 'Finnish (suomi)', sv: 'Swedish (svenska)', en: 'English' },

  coloursLegend: 'Colours',
  moreColours: 'More colours',
  resetColours: 'Reset the default colours',
  colourNames: {
    '--pk-accent': 'Accent colour',
    '--pk-text': 'Text colour',
    '--pk-surface': 'Background colour',
    '--pk-accent-text': 'Text on the accent colour',
    '--pk-muted-text': 'Secondary text',
    '--pk-surface-alt': 'Secondary background',
    '--pk-border': 'Borders',
    '--pk-focus': 'Focus ring',
    '--pk-holiday-text': 'Holiday text',
    '--pk-today': 'Today marker',
    '--pk-ring-1': 'Year clock ring 1',
    '--pk-ring-2': 'Year clock ring 2',
    '--pk-ring-3': 'Year clock ring 3',
    '--pk-ring-4': 'Year clock ring 4',
    '--pk-ring-5': 'Year clock ring 5',
    '--pk-ring-6': 'Year clock ring 6',
  },
  pairUses: {
    'body-text': 'body text',
    'form-text': 'text of forms and messages',
    hints: 'hints',
    'form-hints': 'hints on forms',
    links: 'links and outlined buttons',
    'form-links': 'links on forms',
    'button-text': 'text on filled buttons',
    borders: 'borders of fields and cards',
    focus: 'keyboard focus ring',
    'form-focus': 'focus ring on forms',
    holidays: 'names of holidays',
    today: "today's line",
    rings: 'arcs of the year clock',
  },

  serverLegend: 'Your own server',
  scriptUrlLabel: 'Address of perhekeskus.js',
  scriptUrlHint: 'The address where you copy the `embed/` folder on your own server.',
  scriptUrlError: 'Give the whole address, starting with https://',

  contrastHeading: 'Colour contrast',
  allPairs: 'All checked colour pairs',
  tableCaption:
    'The colour pairs the chosen tool uses, and the minimum contrast of WCAG 2.1 AA: text 4.5:1; borders, focus and graphics 3:1.',
  columnPair: 'Colour pair and use',
  columnRatio: 'Contrast (minimum)',
  columnResult: 'Result',
  passes: 'passes',
  fails: 'fails',
  notAdjustable: 'not adjustable here',
  pairFailure: (fg, bg, ratio, min, use) => `${fg} on ${bg}: ${ratio}, at least ${min} needed (${use}).`,
  contrastFailures: (n) =>
    `The colour contrast is too low (WCAG 2.1 AA) in ${n} ${n === 1 ? 'colour pair' : 'colour pairs'}. The embed code is not offered until the colours are fixed:`,
  contrastOk: (n) => `All ${n} checked colour pairs meet WCAG 2.1 AA.`,

  snippetHeading: 'Embed code',
  snippetBlocked: 'The embed code is shown when',
  blockReasons: {
    contrast: 'the colour contrast is enough',
    'script-url': 'the address of perhekeskus.js is valid',
    data: 'the data has been loaded from the address in the field',
    groups: 'at least one group is chosen for the calendar',
    clock: 'the data has a year clock',
  },
  snippetHelp:
    "Paste the code into an HTML block of your page. If your site has a Content-Security-Policy (CSP) that does not allow styles in the page, move the rule of the `<style>` part into your site's CSS file.",
  copy: 'Copy the embed code',
  copied: 'The embed code was copied to the clipboard.',
  copyFailed: 'Copying did not work. The code is selected: copy it with Ctrl+C (Cmd+C on a Mac).',

  previewHeading: 'Preview',
  previewEmpty: 'The preview is shown once the data has been loaded.',
};

const CATALOGUE: Readonly<Record<ConfiguratorLang, ConfiguratorText>> = { fi, sv, en };

/**
 * The configurator's texts in a language; any other language gets the Finnish ones.
 *
 * @param lang - the page's language (`document.documentElement.lang`)
 * @returns the texts
 * @example
 * configuratorText('sv').loadData; // 'Hämta uppgifterna'
 */
export function configuratorText(lang: string): ConfiguratorText {
  return CATALOGUE[configuratorLang(lang)];
}

/**
 * The configurator's language for a page language: `fi`, `sv` or `en`, else `fi`.
 *
 * @param lang - a language tag (`sv`, `sv-FI`)
 * @returns the language whose texts and names the page uses
 * @example
 * configuratorLang('sv-FI'); // 'sv'
 */
export function configuratorLang(lang: string): ConfiguratorLang {
  const primary = lang.toLowerCase().split('-')[0];
  return primary === 'sv' || primary === 'en' ? primary : 'fi';
}

/**
 * The message for a problem with the data, by its code.
 *
 * @param text - the catalogue of the page's language
 * @param problem - the problem
 * @returns the message
 * @example
 * problemMessage(configuratorText('en'), { code: 'not-found', url: 'https://x.fi/index.json' });
 * // 'No file was found at https://x.fi/index.json (404). Check the address: …'
 */
export function problemMessage(text: ConfiguratorText, problem: DataProblem): string {
  // Each code's function takes that code's problem; the map is typed so, the lookup cannot narrow it.
  const message = text.problems[problem.code] as (p: DataProblem) => string;
  return message(problem);
}
