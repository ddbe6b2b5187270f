import type { DataIssue, IssueText } from '../validation/dataIssue.js';
import { formatDate } from './formatDate.js';
import { includeFor, isLanguageList, isPlaceText } from './importIssueFields.js';
import type { ImportIssueMessages, IssueMessages } from './issueMessages.js';
import { pickText } from './pickText.js';

/**
 * The issue sentences in Finnish: data issues ({@link fi}, `dataIssueMessage`) and importer issues
 * ({@link fiImportIssues}, `importIssueMessage`). Two tables, so that a bundle that words only
 * one kind of issue carries only its sentences.
 */

const type = (name: string | undefined) => (name && fi.types[name]) || name || '?';
const quote = (text: string) => `”${text}”`;
const value = (i: DataIssue) => quote(i.received ?? '');
const limit = (i: DataIssue) => Number(i.expected);
const items = (n: number) => `${n} ${n === 1 ? 'kohta' : 'kohtaa'}`;
const named = (text: IssueText | undefined) => pickText(text, 'fi')?.text;
const municipality = (code: string | undefined, name: string | undefined) => (name ? `${code} (${name})` : `${code}`);

export const fi: IssueMessages = {
  row: (row, name) => {
    const label = name ? ` (”${name}”)` : row.id ? ` (${row.id})` : '';
    if (row.section === 'places') return `Kohde ${row.index + 1}${label}`;
    if (row.section === 'entries') return `Tapahtuma ${row.index + 1}${label}`;
    // Rows that other rows refer to by id (groups, people…) are named by it; by their name when they have none.
    return `${row.section}[${row.index}]${row.id ? ` (${row.id})` : label}`;
  },
  documents: { places: 'Kohdeluettelo', entries: 'Tapahtumaluettelo', region: 'Alueen kuvaus', data: 'Aineisto' },
  field: (path) => `kenttä ${path}`,
  quote,
  got: (text) => `; nyt ”${text}”`,
  date: (iso) => formatDate(iso, 'fi'),
  types: {
    string: 'teksti',
    number: 'luku',
    int: 'kokonaisluku',
    boolean: 'totuusarvo (true tai false)',
    array: 'lista',
    object: 'objekti',
    null: 'tyhjä (null)',
  },
  vocabularies: {
    partyKind: 'osapuolen laji',
    groupKind: 'ryhmän laji',
    evaluationKind: 'arvioinnin laji',
    role: 'rooli',
    decisionOutcome: 'päätöksen tulos',
  },
  formats: {
    'invalid-id':
      'tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita 0–9 ja yhdysviivoja (esim. perhekahvila-juva)',
    'invalid-date': 'päivämäärä pitää antaa muodossa VVVV-KK-PP ja sen pitää olla todellinen päivä',
    'invalid-time': 'aika pitää antaa muodossa HH:mm',
    'invalid-date-time':
      'ajankohta pitää antaa muodossa VVVV-KK-PPTHH:mm:ss ja aikavyöhykkeen kanssa (esim. 2026-03-10T09:30:00+02:00), ja sen pitää olla todellinen hetki',
    'invalid-utc-time': 'aika pitää antaa UTC-aikana muodossa VVVV-KK-PPTHH:mm:ssZ (esim. 2026-03-10T07:30:00Z)',
    'invalid-municipality-code': 'kuntakoodin pitää olla Tilastokeskuksen kolminumeroinen koodi (esim. 681)',
    'invalid-language-code': 'kielikoodin pitää olla ISO 639 -koodi (esim. fi, sv tai en)',
    'invalid-postal-code': 'postinumerossa pitää olla viisi numeroa (esim. 51900)',
    'invalid-phone': 'puhelinnumero ei kelpaa (esim. +358 40 123 4567)',
    'invalid-email': 'sähköpostiosoite ei kelpaa',
    'invalid-url': 'verkko-osoitteen pitää olla kokonainen http- tai https-osoite (esim. https://www.juva.fi/)',
    'invalid-section': 'pykälän pitää olla numero, jonka perässä voi olla kirjain (esim. 23 tai 23 a)',
    'invalid-day-of-year': 'päivä pitää antaa muodossa KK-PP (esim. 06-30)',
    'invalid-sha256': 'tarkisteen pitää olla SHA-256-tiiviste, 64 heksadesimaalinumeroa',
    'invalid-file-path':
      'polun pitää olla pienin kirjaimin kirjoitettu .json-, .html- tai .css-tiedosto (esim. groups/steering-group.json)',
    'invalid-domain': 'verkkotunnus pitää kirjoittaa muodossa perhekeskus.fi',
    'invalid-rrule': 'toiston pitää olla iCalendarin RRULE (esim. FREQ=MONTHLY;BYDAY=2TU)',
    'invalid-characters': 'tekstissä ei saa olla rivinvaihtoja eikä muita ohjausmerkkejä',
    'invalid-unicode':
      'tekstissä on rikkinäinen merkki (puolikas merkkiparista, näkyy merkkinä �); tallenna teksti uudelleen UTF-8-muodossa tai kirjoita se uudelleen',
  },
  rules: {
    'text-needs-national-language': 'tekstillä pitää olla suomen- tai ruotsinkielinen muoto (fi tai sv)',
    'activity-ends-before-start': 'loppumisajan pitää olla alkamisajan jälkeen',
    'valid-to-before-valid-from': 'voimassaolon loppupäivä (validTo) ei voi olla ennen alkupäivää (validFrom)',
    'exception-hours':
      'poikkeavalle aukiololle pitää antaa alkamis- ja loppumisaika, alku ennen loppua (tai closed: true, jos paikka on suljettu)',
    'entry-ends-before-start': 'loppumisajan pitää olla alkamisajan jälkeen',
    'min-age-above-max-age': 'alaikärajan pitää olla enintään yläikäraja',
    'period-ends-before-start': 'kausi ei voi päättyä ennen kuin se alkaa',
    'termination-twice': 'anna joko termination tai vanhentunut noticeDeadline, ei molempia',
    'no-termination-rule': 'sopimuksessa ei ole irtisanomisehtoa (termination)',
    'notice-after-period': 'irtisanomispäivä on sopimuskauden päättymisen jälkeen, joten irtisanottavaa ei ole',
    'role-needs-holder': 'roolilla pitää olla henkilö (personId) tai nimike (title)',
    'deputy-of-not-deputy': 'vain varajäsenellä (deputy-member) voi olla kenttä deputyOf',
    'in-person-beyond-times': 'lähitapaamisia (inPerson) ei voi olla enemmän kuin tapaamisia (times)',
    'in-person-at-beyond-times': 'inPersonAt viittaa tapaamiseen, jota ei ole (times)',
    'in-person-disagree': 'inPersonAt ja inPerson kertovat eri määrän lähitapaamisia',
    'cadence-does-not-fit':
      'tapaamiset eivät mahdu vuoteen: enintään keskimäärin yksi viikossa, skipMonths-kuukaudet pois lukien',
    'in-person-beyond-year': 'lähitapaamisia (inPerson) ei voi olla enemmän kuin vuoden tapaamisia',
    'in-person-at-beyond-year': 'inPersonAt viittaa tapaamiseen, jota vuodessa ei ole',
    'phase-year-required': 'phaseYear tarvitaan, kun every on yli 1 tai variants on annettu',
    'variant-not-evaluation-kind':
      'jokaisen vaihtoehdon (variants) pitää olla arvioinnin laji: kirjaston tuntema tai alueen sanastoon lisätty tunniste',
    'to-before-from': 'loppupäivä (to) ei voi olla ennen alkupäivää (from)',
    'employment-needs-period': 'työsuhteella pitää olla vähintään yksi työskentelyjakso',
    'extract-after-check': 'rikosrekisteriote ei voi olla päivätty tarkistuksen jälkeen',
    'needed-for-missing': 'kerro, miksi tietoa vielä tarvitaan (neededFor)',
    'not-student-welfare-group': 'ryhmän pitää olla opiskeluhuoltoryhmä (kind student-welfare-group)',
    'ring-entries-share-id': 'kehän kahdella merkinnällä on sama tunniste',
    'rings-share-id': 'kahdella kehällä on sama tunniste',
    'result-outside-years': 'tuloksena saatava päivä on vuosien 0000–9999 ulkopuolella',
    'instant-outside-years': 'hetken Helsingin päivämäärän pitää olla vuosina 0000–9999',
    'occurrence-ends-before-start': 'loppumisajan pitää olla alkamisajan jälkeen',
    'event-ends-before-start': 'loppumisajan pitää olla alkamisajan jälkeen',
    'exdates-need-rrule': 'poikkeuspäivät (exdates) tarvitsevat toistosäännön (rrule)',
    'recurrence-start-ambiguous':
      'toistuvan tapahtuman pitää alkaa yksiselitteiseen Helsingin aikaan vuonna 1997 tai myöhemmin',
    'rrule-until-not-utc': 'UNTIL pitää antaa UTC-aikana (esim. 20291231T215959Z)',
    'rrule-until-and-count': 'anna joko UNTIL tai COUNT, ei molempia',
    'all-day-recurrence': 'koko päivän tapahtumalla ei voi olla toistosääntöä (rrule)',
    'name-missing': 'nimi puuttuu: anna options.name tai tapaaminen, jolla on otsikko',
    'group-missing': 'ryhmä ei ole tiedossa: anna ryhmän tapaamiset tai options.group',
    'group-mismatch': 'tapaaminen kuuluu eri ryhmälle kuin options.group',
    'rotation-repeats': 'sama tunniste on vuorottelun luettelossa among kahdesti',
    'rotation-needs-start': 'vuorottelu, jolla on luettelo among, tarvitsee aloitusvuoden fromYear',
    'rotation-empty': 'vuorottelu (rotation) nimeää vetovastuun (lead), sihteerin (secretary) tai molemmat',
  },
  sentences: {
    'invalid-type': (i) =>
      i.expected === 'int' && i.received === 'number'
        ? 'arvon pitää olla kokonaisluku.'
        : `arvon pitää olla ${type(i.expected)}, mutta se on ${type(i.received)}.`,
    missing: (i) =>
      i.expected ? `pakollinen tieto puuttuu; sen pitää olla ${type(i.expected)}.` : 'pakollinen tieto puuttuu.',
    'invalid-value': (i) =>
      `arvo ${i.received !== undefined ? `${value(i)} ` : ''}ei ole sallittu.` +
      (i.allowed?.length ? ` Sallitut arvot: ${i.allowed.join(', ')}.` : ''),
    'unknown-field': (i) => {
      const keys = (i.unknownKeys ?? []).map(quote).join(', ');
      return (i.unknownKeys?.length ?? 0) > 1
        ? `tuntemattomat kentät ${keys}; tarkista kirjoitusasu tai poista kentät.`
        : `tuntematon kenttä ${keys}; tarkista kirjoitusasu tai poista kenttä.`;
    },
    'too-small': (i) => {
      const n = limit(i);
      if (i.origin === 'string')
        return n === 1 ? 'teksti ei saa olla tyhjä.' : `tekstin pitää olla vähintään ${n} merkkiä pitkä.`;
      if (i.origin === 'array') return `listassa pitää olla vähintään ${items(n)}.`;
      return `arvon pitää olla vähintään ${n}.`;
    },
    'too-big': (i) => {
      const n = limit(i);
      if (i.origin === 'string') return `tekstin pitää olla enintään ${n} merkkiä pitkä.`;
      if (i.origin === 'array') return `listassa saa olla enintään ${items(n)}.`;
      return `arvon pitää olla enintään ${n}.`;
    },
    'not-a-multiple': (i) => `arvon pitää olla luvun ${i.expected} monikerta.`,
    'invalid-key': () => 'arvon avain ei kelpaa.',
    'invalid-element': () => 'arvon alkio ei kelpaa.',
    'no-matching-shape': () => 'arvo ei vastaa mitään sallituista muodoista.',
    'invalid-format': (i) => `arvo on väärässä muodossa${i.received !== undefined ? fi.got(i.received) : ''}.`,
    invalid: () => 'arvo ei kelpaa.',
    'not-a-list': (i) =>
      i.expected === 'entries'
        ? 'odotettiin listaa tapahtumista tai objektia, jossa on kenttä entries; tapahtumia ei voitu lukea.'
        : i.expected === 'places'
          ? 'odotettiin listaa kohteista tai objektia, jossa on kenttä places; kohteita ei voitu lukea.'
          : `odotettiin listaa tai objektia, jossa on kenttä ${i.expected ?? 'list'}; mitään ei voitu lukea.`,
    'duplicate-id': (i) =>
      i.row?.section === 'places'
        ? `tunniste ${value(i)} on jo käytössä aiemmalla kohteella, joten tämä kohde ohitettiin.`
        : i.row?.section === 'entries'
          ? `tunniste ${value(i)} on jo käytössä aiemmalla tapahtumalla, joten tämä tapahtuma ohitettiin.`
          : `tunniste ${value(i)} on jo käytössä aiemmalla rivillä.`,
    'too-many-items': (i) =>
      `listassa on ${i.received ?? 'liian monta'} kohtaa, mutta siinä saa olla enintään ${items(limit(i))}; kohtia ei tarkistettu.`,
    'too-many-issues': () =>
      'arvossa on liian monta virhettä lueteltavaksi; korjaa ja tarkista tiedot pienemmissä osissa.',
    'year-outside-range': (i) =>
      `vuoden pitää olla Suomen aikaa välillä ${i.expected}, sillä muita vuosia kirjasto ei tue${i.received !== undefined ? fi.got(i.received) : ''}.`,
    'range-too-long': (i) => `aikavälin pituus saa olla enintään ${i.expected} päivää.`,
    'unknown-reference': (i) =>
      i.expected === 'wellbeing-county'
        ? `${value(i)} ei ole minkään hyvinvointialueen tunniste (esim. etela-savo, pohjanmaa).`
        : i.expected === 'agreement'
          ? `alueella ei ole sopimusta tunnisteella ${value(i)}${i.allowed?.length ? `; sopimukset: ${i.allowed.join(', ')}` : ''}.`
          : `viittaus ${value(i)} ei osu mihinkään tunnisteeseen.`,
    mismatch: (i) =>
      i.expected === 'agreement-parties'
        ? `osapuoli ${value(i)} ei ole sopimuksen osapuolten luettelossa (parties).`
        : `${value(i)}: kunnan alue (areaId) ja alueen kuntaluettelo (municipalityCodes) eivät vastaa toisiaan.`,
    cycle: (i) => `ryhmä ${quote(i.row?.id ?? i.received ?? '')} on oma ylempi ryhmänsä parentGroupId-ketjun kautta.`,
    'unknown-municipality': (i) => `kuntakoodi ${value(i)} ei ole minkään Suomen kunnan koodi.`,
    'outside-region': (i) =>
      `kunta ${municipality(i.received, named(i.names?.received))} ei ole alueen kuntien luettelossa (municipalities).`,
    'outside-list': (i) =>
      `kuntaa ${municipality(i.received, named(i.names?.received))} ei ole tiedoston kuntien luettelossa (municipalities).`,
    'outside-county': (i) => {
      const place = municipality(i.received, named(i.names?.received));
      const own = named(i.names?.region) ?? '?';
      const county = named(i.names?.expected);
      return county === undefined
        ? `kunta ${place} ei kuulu mihinkään hyvinvointialueeseen, joten ei alueen omaan (${own}).`
        : `kunta ${place} kuuluu eri hyvinvointialueeseen (${county}) kuin alue (${own}).`;
    },
    'unknown-kind': (i) =>
      `${value(i)} ei ole tunnettu ${fi.vocabularies[i.expected as keyof IssueMessages['vocabularies']] ?? i.expected}. ` +
      `Sallitut: ${(i.allowed ?? []).join(', ')} tai alueen sanastoon (vocabulary) lisätty.`,
    unschedulable: (i) =>
      `aikataulua ei voi laskea ajalle ${fi.date(i.period?.from ?? '')}–${fi.date(i.period?.to ?? '')}` +
      `${i.received === undefined ? '' : ` tällä arvolla (${value(i)})`}.`,
  },
};

// Importer issues (PTV, Linked Events).

/** A language by its name in the sentences, with its code; any other code quoted. */
const language = (code: string) => {
  const name = Object.hasOwn(fiImportIssues.languages, code) ? fiImportIssues.languages[code] : undefined;
  return name ? `${name} (${code})` : quote(code);
};

/** The importer-issue sentences in Finnish. */
export const fiImportIssues: ImportIssueMessages = {
  record: {
    ptv: 'Palvelupaikka',
    'linked-events': 'Tapahtuma',
    hsds: 'HSDS-palvelu',
    'hsds-export': 'Kohtaamispaikka',
    other: 'Tietue',
  },
  input: 'Aineisto',
  field: (path) => `kenttä ${path}`,
  quote,
  where: {
    ptv: 'PTV:ssä',
    'linked-events': 'Linked Events -palvelussa',
    hsds: 'HSDS-aineistossa',
    'hsds-export': 'kohtaamispaikan tiedoissa',
    other: 'lähdejärjestelmässä',
  },
  skip: {
    ptv: 'palvelupaikka ohitettiin',
    'linked-events': 'tapahtuma ohitettiin',
    hsds: 'palvelu ohitettiin',
    'hsds-export': 'kohtaamispaikkaa ei viety',
    other: 'tietue ohitettiin',
  },
  languages: {
    fi: 'suomi',
    sv: 'ruotsi',
    en: 'englanti',
    se: 'pohjoissaame',
    smn: 'inarinsaame',
    sms: 'koltansaame',
    ru: 'venäjä',
    zh_hans: 'kiina (yksinkertaistettu)',
    ar: 'arabia',
  },
  defaults: {
    organizationId:
      'PTV:n organisaatio ei ole osapuoltemme joukossa, joten järjestäjät (organiserIds) jätettiin tyhjiksi; lisää järjestäjä käsin.',
    'MeetingPlace.audiences':
      'PTV:ssä ei ole kohderyhmiä, joten kohderyhmäksi asetettiin oletus perheet (families); tarkista kohderyhmät.',
    'MeetingPlace.offerings':
      'PTV:ssä ei ole toimintamuotoja, joten toiminnaksi asetettiin oletus avoin toiminta (open-activity); tarkista toiminta.',
    'MeetingPlace.accessibility':
      'esteettömyystietoja ei tunneta, joten luettelo jätettiin tyhjäksi; lisää esteettömyystiedot käsin.',
    serviceHours: 'aukioloajat tuotiin toimintoina nimeltä ”Avoinna” (avoin toiminta).',
    languages: 'palvelukieliä ei ole annettu, joten kieliluettelo jätettiin tyhjäksi; lisää palvelukielet PTV:ssä.',
    phoneNumbers:
      'puhelinnumero ja sähköposti tuotiin yhteystiedoksi roolilla yhteyshenkilö (contact-person) ilman nimeä, koska PTV ei kerro, kuka vastaa.',
    emails:
      'sähköposti tuotiin yhteystiedoksi roolilla yhteyshenkilö (contact-person) ilman nimeä, koska PTV ei kerro, kuka vastaa.',
  },
  defaulted: 'lähteestä puuttuvalle tiedolle asetettiin oletusarvo; tarkista se.',
  codes: {
    'invalid-record': () =>
      'kohta ei ole PTV-palvelukanava, jolla on tunniste (id), joten se ohitettiin. Tarkista aineiston muoto.',
    'duplicate-id': () => 'aiempi tietue tuotiin jo samalla tunnisteella, joten tämä ohitettiin.',
    'not-service-location': (i) =>
      i.value === undefined
        ? 'kanava ei ole palvelupiste (ServiceLocation) eli käyntipaikka, joten se ohitettiin.'
        : `kanavan tyyppi on ${quote(i.value)} eikä palvelupiste (ServiceLocation), joten se ei ole käyntipaikka; kanava ohitettiin.`,
    'not-published': (i) =>
      `${i.value === undefined ? 'julkaisutila ei ole Published' : `julkaisutila on ${quote(i.value)} eikä Published`}; ` +
      'palvelupaikka ohitettiin. Julkaise se PTV:ssä, jos sen kuuluu olla mukana.',
    'other-municipality': (i) =>
      i.value === undefined
        ? 'palvelupaikka on muussa kuin valitussa kunnassa, joten se ohitettiin.'
        : `palvelupaikan kuntakoodi on ${quote(i.value)} eikä valitun kunnan, joten se ohitettiin.`,
    'missing-municipality': () =>
      'osoitteessa ei ole kuntakoodia eikä palvelualue ole yksi kunta, joten palvelupaikka ohitettiin. Lisää kunta käyntiosoitteeseen PTV:ssä.',
    'missing-name': (i) =>
      `nimeä ei ole suomeksi eikä ruotsiksi, ja malli vaatii nimen jommallakummalla kielellä; ${i.skip}. ` +
      `Lisää nimi suomeksi tai ruotsiksi ${i.where}.`,
    'schema-failure': () =>
      'tuotu palvelupaikka ei läpäissyt MeetingPlace-mallin tarkistusta tässä kentässä, joten se ohitettiin. Tarkista vastaava tieto PTV:ssä.',
    'invalid-value': (i) =>
      `${i.value === undefined ? 'arvo puuttuu tai on väärän muotoinen' : `arvo ${quote(i.value)} on väärän muotoinen`}, ` +
      `joten tieto jätettiin pois. Korjaa se ${i.where}.`,
    'unknown-field': () =>
      'kenttää ei ole lähteen kuvatussa tietorakenteessa, joten sitä ei luettu; tarkista, onko rajapinta muuttunut.',
    'unmapped-field': () =>
      'tietomallissamme ei ole paikkaa tälle tiedolle, joten sitä ei tuotu; lisää se tarvittaessa käsin.',
    'unsupported-language': (i) => {
      if (isLanguageList(i.field))
        return `kielitunnus ${i.value === undefined ? '' : `${quote(i.value)} `}ei ole ISO 639 -kielikoodi, joten kieltä ei tuotu.`;
      return (
        `${i.value === undefined ? 'tekstin kieltä ei voi tallentaa' : `tekstin kieli on ${language(i.value)}`}, ` +
        'mutta malli tallentaa tekstiä vain suomeksi, ruotsiksi, englanniksi ja saameksi (pohjois-, inarin- ja koltansaame); tekstiä ei tuotu.'
      );
    },
    'language-not-selected': (i) =>
      `tekstin kieli ${i.value === undefined ? '' : `(${language(i.value)}) `}ei ole tuotaviksi valittujen kielten joukossa, joten tekstiä ei tuotu.`,
    'missing-national-language': (i) => {
      if (i.skipped)
        return `tekstiä ei ole suomeksi eikä ruotsiksi, ja malli vaatii jommankumman; ${i.skip}. Lisää teksti suomeksi tai ruotsiksi ${i.where}.`;
      if (isPlaceText(i.field))
        return `paikalla ei ole nimeä suomeksi eikä ruotsiksi, joten tekstissä käytettiin sen muunkielistä nimeä. Lisää nimi suomeksi tai ruotsiksi ${i.where}.`;
      return `tekstiä ei ole suomeksi eikä ruotsiksi, ja malli vaatii jommankumman, joten muunkielinen teksti jätettiin pois. Lisää teksti suomeksi tai ruotsiksi ${i.where}.`;
    },
    defaulted: (i) =>
      Object.hasOwn(fiImportIssues.defaults, i.field)
        ? (fiImportIssues.defaults[i.field] as string)
        : fiImportIssues.defaulted,
    'coordinates-not-ok': (i) =>
      `${i.value === undefined ? 'koordinaattien tila ei ole Ok tai Loaded' : `koordinaattien tila on ${quote(i.value)} eikä Ok tai Loaded`}, ` +
      'joten koordinaatteja ei käytetty. Tarkista osoitteen sijainti PTV:ssä.',
    'coordinates-missing': (i) =>
      `käyntiosoite tai sen koordinaatit puuttuvat, joten paikalla ei ole sijaintia. Lisää osoite ja sijainti ${i.where}.`,
    'coordinates-invalid': () =>
      'koordinaatit eivät ole ETRS-TM35FIN-koordinaatteja Suomen alueella, joten niitä ei käytetty. Tarkista sijainti PTV:ssä.',
    'coordinates-from-entrance': () =>
      'osoitteella ei ole käyttökelpoisia koordinaatteja, joten käytettiin sisäänkäynnin koordinaatteja.',
    'incomplete-address': (i) =>
      `katuosoitteesta puuttuu katu, viisinumeroinen postinumero tai postitoimipaikka suomeksi tai ruotsiksi, joten osoitetta ei tuotu. Täydennä osoite ${i.where}.`,
    'municipality-from-area': (i) =>
      `osoitteessa ei ole kuntaa, joten käytettiin palvelualueen ${i.value === undefined ? 'kuntaa' : `kuntakoodia ${quote(i.value)}`}. ` +
      'Lisää kunta käyntiosoitteeseen PTV:ssä.',
    'time-truncated': (i) =>
      `ajasta ${i.value === undefined ? '' : `${quote(i.value)} `}jätettiin sekunnit pois, koska malli tallentaa ajat muodossa HH:mm.`,
    'over-midnight': () => 'aukioloaika jatkuu yli puolenyön, mitä malli ei voi esittää; kenttää ei tuotu.',
    'always-open': () =>
      'paikka on auki ympäri vuorokauden (isAlwaysOpen), mitä malli ei voi esittää; aukioloaikaa ei tuotu.',
    'holiday-not-dated': (i) =>
      `pyhäpäivän ${i.value === undefined ? '' : `${quote(i.value)} `}aukioloaika toistuu vuosittain, mutta poikkeukset tallennetaan ` +
      'päivämäärinä, eikä tuonnille annettu vuosia (holidayYears); aukioloaikaa ei tuotu.',
    'exception-too-long': (i) =>
      `poikkeusjakso ${i.value === undefined ? '' : `${quote(i.value)} `}on yli vuoden pituinen, joten sitä ei tuotu. ` +
      'Tarkista jakson päivämäärät PTV:ssä.',
    'hours-conflict': () =>
      'samalle poikkeuspäivälle on toinen aukioloaika, mutta poikkeukseen mahtuu vain yksi; tätä ei tuotu.',
    'more-pages': (i) =>
      'aineisto on vain yksi sivu pidemmästä luettelosta, joten muiden sivujen tietueet puuttuvat. ' +
      `Hae myös muut sivut${i.value === undefined ? '' : ` (seuraava: ${quote(i.value)})`}.`,
    'not-exported': () =>
      'HSDS 3.0 -standardissa ei ole paikkaa tälle tiedolle, joten sitä ei viety; se jää vain omiin tietoihin.',
    'unsupported-recurrence': (i) =>
      `toistosääntö ${i.value === undefined ? '' : `${quote(i.value)} `}ei ole viikoittainen (tai joka toinen viikko parittomina tai parillisina viikkoina), ` +
      'eikä viikoittainen toiminta voi esittää sitä; aikataulua ei tuotu. Lisää toiminta käsin.',
    'unknown-reference': (i) =>
      `rivi viittaa tunnisteeseen ${i.value === undefined ? '' : `${quote(i.value)} `}, jota aineistossa ei ole; riviä ei tuotu. Tarkista aineiston eheys ${i.where}.`,
    'invalid-event': () =>
      'kohta ei ole tapahtuma, jolla on käyttökelpoinen tunniste (id), joten se ohitettiin. Tarkista aineiston muoto.',
    deleted: (i) => `tapahtuma on poistettu ${i.where}; sitä ei tuotu.`,
    draft: (i) =>
      `tapahtuma on luonnos eikä julkaistu; sitä ei tuotu. Julkaise se ${i.where}, jos sen kuuluu olla mukana.`,
    'series-container': () =>
      'tapahtuma on toistuvan sarjan kooste; sarjan osatapahtumat tuodaan omina merkintöinään, joten koostetta ei tuotu.',
    cancelled: () => 'tapahtuma on peruttu; sitä ei tuotu.',
    postponed: () => 'tapahtuma on siirretty, eikä uutta ajankohtaa ole vielä ilmoitettu; sitä ei tuotu.',
    'missing-start-time': (i) =>
      `tapahtumalla ei ole alkamisaikaa, joten sitä ei voi sijoittaa kalenteriin; se ohitettiin. Lisää alkamisaika ${i.where}.`,
    'invalid-time': (i) =>
      `aika ${i.value === undefined ? '' : `${quote(i.value)} `}ei ole ISO 8601 -muotoinen päivämäärä tai kellonaika; ` +
      `${i.skipped ? i.skip : 'sitä käsiteltiin puuttuvana'}. Korjaa aika ${i.where}.`,
    'end-before-start': (i) =>
      `tapahtuma päättyy${i.value === undefined ? '' : ` (${quote(i.value)})`} ennen kuin se alkaa, joten se ohitettiin. Korjaa ajat ${i.where}.`,
    'missing-end-time': (i) =>
      'loppumisaika puuttuu tai on sama kuin alkamisaika, joten tapahtuman oletettiin päättyvän päivän lopussa. ' +
      `Lisää loppumisaika ${i.where}.`,
    'invalid-entry': (i) =>
      'tapahtumasta muodostettu kalenterimerkintä ei läpäissyt CalendarEntry-mallin tarkistusta, joten se ohitettiin. ' +
      `Tarkista tapahtuman tiedot ${i.where}.`,
    rescheduled: () => 'tapahtuma on siirretty uuteen ajankohtaan; tuodut ajat ovat uudet ajat.',
    'unknown-value': (i) =>
      `arvo ${i.value === undefined ? '' : `${quote(i.value)} `}ei ole rajapinnan kuvaama arvo, joten se jätettiin huomiotta.`,
    'invalid-field': (i) =>
      `arvo on väärän muotoinen tai ristiriitainen, joten se jätettiin pois. Korjaa tieto ${i.where}.`,
    'invalid-url': (i) =>
      `osoite ${i.value === undefined ? '' : `${quote(i.value)} `}ei ole http- tai https-osoite, joten se jätettiin pois. ` +
      `Korjaa osoite ${i.where}.`,
    'reference-only': (i) =>
      `tiedot tulivat pelkkinä linkkeinä ilman nimiä; nimet saa, kun tapahtumat haetaan parametrilla include=${includeFor(i.field)}.`,
  },
  unknown: (code, i) => `tietoa ei voitu tuoda (koodi ${quote(code)})${i.skipped ? `; ${i.skip}` : ''}.`,
};
